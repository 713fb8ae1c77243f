/**
 * The `RFB` class: Remote Framebuffer (VNC) sessions. Events: RFB_CLOSE, RFB_OPEN and RFB_TICK.
 */

interface RFB {
  /** Security type agreed. Readable on RFB_OPEN only; the engine throws elsewhere. */
  readonly authType: number;
  /** Result of authentication (0 for success). */
  readonly authResult: number;
  /** Length of the session in seconds. Readable on RFB_CLOSE only; the engine throws elsewhere. */
  readonly duration: number;
  /** Error text recorded by the sensor. Readable on RFB_OPEN only; the engine throws elsewhere. */
  readonly error: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on RFB_TICK only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on RFB_TICK only; the engine
   * throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on RFB_TICK only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /**
   * Retransmission timeouts during the request. Readable on RFB_TICK only; the engine throws
   * elsewhere.
   */
  readonly reqRTO: number;
  /**
   * Zero-window advertisements during the request. Readable on RFB_TICK only; the engine throws
   * elsewhere.
   */
  readonly reqZeroWnd: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on RFB_TICK only; the
   * engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** L4 bytes of the response. Readable on RFB_TICK only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on RFB_TICK only; the engine
   * throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on RFB_TICK only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Retransmission timeouts during the response. Readable on RFB_TICK only; the engine throws
   * elsewhere.
   */
  readonly rspRTO: number;
  /**
   * Zero-window advertisements during the response. Readable on RFB_TICK only; the engine throws
   * elsewhere.
   */
  readonly rspZeroWnd: number;
  /** RFB version agreed. Readable on RFB_OPEN only; the engine throws elsewhere. */
  readonly version: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const RFB: RFB;
