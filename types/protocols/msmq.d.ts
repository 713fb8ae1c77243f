/**
 * The `MSMQ` class: Microsoft Message Queuing messages. Events: MSMQ_MESSAGE.
 */

interface MSMQ {
  /** Administration queue. */
  readonly adminQueue: string;
  /** Correlation id set by the application. */
  readonly correlationId: Buffer;
  /** Destination broker. */
  readonly dstQueueMgr: string;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** Label of the message. */
  readonly label: string;
  /** Message class, e.g. MQMSG_CLASS_NORMAL. */
  readonly msgClass: string;
  /** Message id. */
  readonly msgId: number;
  /** Body of the message. */
  readonly payload: Buffer;
  /** Priority from 0 to 7. */
  readonly priority: number;
  /** Destination queue. */
  readonly queue: string;
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
  /** The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or pass it to the global `commitRecord()`. */
  readonly record: ProtocolRecord;
  /** Response queue. */
  readonly responseQueue: string;
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
  /** Source broker. */
  readonly srcQueueMgr: string;
  /** Sends the built-in record of this transaction to the recordstore; a record is committed once however often this is called. */
  commitRecord(): void;
}

declare const MSMQ: MSMQ;
