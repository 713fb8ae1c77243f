/**
 * The `Telnet` class: Telnet traffic. Events: TELNET_MESSAGE.
 */

interface Telnet {
  /** Command type; null when the event is a line of data. */
  readonly command: string | null;
  /** Line of data sent, escape sequences removed. */
  readonly line: string | null;
  /** Option being negotiated; null when invalid. */
  readonly option: string | null;
  /** Raw data of an option subnegotiation (SB); null otherwise. */
  readonly optionData: Buffer | null;
  /** The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or pass it to the global `commitRecord()`. */
  readonly record: ProtocolRecord;
  /** L4 bytes sent by the receiver. */
  readonly receiverBytes: number;
  /** L2 bytes sent by the receiver, link-layer headers included. */
  readonly receiverL2Bytes: number;
  /** Packets sent by the receiver. */
  readonly receiverPkts: number;
  /** Retransmission timeouts of the receiver. */
  readonly receiverRTO: number;
  /** Zero-window advertisements sent by the receiver. */
  readonly receiverZeroWnd: number;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** L4 bytes sent by the sender. */
  readonly senderBytes: number;
  /** L2 bytes sent by the sender, link-layer headers included. */
  readonly senderL2Bytes: number;
  /** Packets sent by the sender. */
  readonly senderPkts: number;
  /** Retransmission timeouts of the sender. */
  readonly senderRTO: number;
  /** Zero-window advertisements sent by the sender. */
  readonly senderZeroWnd: number;
  /** Sends the built-in record of this transaction to the recordstore; a record is committed once however often this is called. */
  commitRecord(): void;
}

declare const Telnet: Telnet;
