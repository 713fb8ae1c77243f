/**
 * The `RTCP` class: RTP Control Protocol messages. Events: RTCP_MESSAGE.
 */

/** One RTCP packet; the fields besides `packetType` depend on the packet type. */
interface RTCPPacket {
  readonly packetType: number;
  readonly [field: string]: unknown;
}

interface RTCP {
  /** Call id that ties the message to a SIP flow. */
  readonly callId: string;
  /** Packets of the message. */
  readonly packets: readonly RTCPPacket[];
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const RTCP: RTCP;
