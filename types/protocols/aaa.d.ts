/**
 * The `AAA` class: Authentication, authorization and accounting over RADIUS or Diameter. Events:
 * AAA_REQUEST and AAA_RESPONSE.
 */

/** One entry of `AAA.avps`. */
interface AAAAvp {
  /** Size in bytes, header included. */
  readonly avpLength: number;
  /** Numeric attribute id. */
  readonly id: number;
  /** True for a grouped AVP (Diameter only), whose `value` holds the inner AVPs. */
  readonly isGrouped: boolean;
  readonly name: string;
  /** Vendor of a vendor-specific AVP (Diameter only). */
  readonly vendor: string;
  /** A string or number, or the inner AVPs of a grouped AVP. */
  readonly value: string | number | readonly AAAAvp[];
}

interface AAA extends RequestResponseCounters {
  /** RADIUS authenticator field. */
  readonly authenticator: string;
  /** Attribute-value pairs of the message. */
  readonly avps: readonly AAAAvp[];
  /** True for a Diameter message. */
  readonly isDiameter: boolean;
  /**
   * True when the response reports an error (see `statusCode`). Readable on AAA_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly isError: boolean;
  /** True for a RADIUS message. */
  readonly isRadius: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on AAA_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** RADIUS or Diameter command code. */
  readonly method: number;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on AAA_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /**
   * Retransmission timeouts during the request. Readable on AAA_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly reqRTO: number;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /**
   * Retransmission timeouts during the response. Readable on AAA_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspRTO: number;
  /**
   * Diameter Result-Code (AVP 268) as text. Readable on AAA_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly statusCode: string;
  /** Diameter hop-by-hop id, or RADIUS message id. */
  readonly txId: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 5.0: use {@link AAA.isError}. */
  readonly error: string;
  /** @deprecated since 5.2: use {@link AAA.processingTime}. */
  readonly tprocess: number;
}

declare const AAA: AAA;
