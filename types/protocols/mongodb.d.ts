/**
 * The `MongoDB` class: MongoDB wire-protocol traffic. Events: MONGODB_REQUEST and MONGODB_RESPONSE.
 */

interface MongoDB extends RequestResponseCounters {
  /** Collection of the request. */
  readonly collection: string;
  /** Database; may be unknown, e.g. when the login was encrypted. */
  readonly database: string;
  /**
   * Error text recorded by the sensor. Readable on MONGODB_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly error: string;
  /** True when the connection closed before the request was complete. */
  readonly isReqAborted: boolean;
  /** True when the request documents exceeded the size kept. */
  readonly isReqTruncated: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on MONGODB_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** MongoDB method. */
  readonly method: string;
  /** Wire-protocol operation code. */
  readonly opcode: string;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on MONGODB_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /** Milliseconds from the first to the last byte of the request. */
  readonly reqTimeToLastByte: number;
  /** Documents of the request (up to 4 KB); truncated values may be cut or null. */
  readonly request: readonly { readonly [field: string]: unknown }[];
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on MONGODB_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds from the last request byte to the first response byte. Readable on
   * MONGODB_RESPONSE only; the engine throws elsewhere.
   */
  readonly rspTimeToFirstByte: number;
  /**
   * Milliseconds from the first to the last byte of the response. Readable on MONGODB_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly rspTimeToLastByte: number;
  /** User name, when known. */
  readonly user: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 5.2: use {@link MongoDB.processingTime}. */
  readonly tprocess: number;
}

declare const MongoDB: MongoDB;
