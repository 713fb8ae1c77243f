/**
 * The `RTP` class: RTP media streams. Events: RTP_CLOSE, RTP_OPEN and RTP_TICK.
 */

interface RTP {
  /** Bytes sent. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly bytes: number;
  /** Call id of the SIP or SCCP flow. */
  readonly callId: string;
  /** Dropped packets detected. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly drops: number;
  /** Duplicate packets detected. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly dups: number;
  /**
   * Estimated variance of packet interarrival time. Readable on RTP_TICK only; the engine throws
   * elsewhere.
   */
  readonly jitter: number;
  /** L2 bytes. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly l2Bytes: number;
  /** Estimated mean opinion score. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly mos: number;
  /** Out-of-order packets detected. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly outOfOrder: number;
  /** Payload type name. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly payloadType: string;
  /** Numeric payload type. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly payloadTypeId: number;
  /** Packets sent. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly pkts: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on RTP_TICK only; the engine throws elsewhere.
   */
  readonly record: ProtocolRecord;
  /** R-factor quality score. Readable on RTP_TICK only; the engine throws elsewhere. */
  readonly rFactor: number;
  /** SSRC of the sender. */
  readonly ssrc: number;
  /** RTP version. */
  readonly version: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const RTP: RTP;
