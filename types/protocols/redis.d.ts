/**
 * The `Redis` class: Redis requests and responses. Events: REDIS_REQUEST and REDIS_RESPONSE.
 */

interface Redis extends RequestResponseCounters {
  /**
   * Error messages recorded by the sensor. Readable on REDIS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly errors: readonly string[];
  /** True when the connection closed before the request was complete. */
  readonly isReqAborted: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on REDIS_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** Redis command, e.g. GET. */
  readonly method: string;
  /** Body of the message. */
  readonly payload: Buffer;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on REDIS_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Keys of the request. */
  readonly reqKey: readonly string[];
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /** Milliseconds taken to send the request. */
  readonly reqTransferTime: number;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /**
   * Milliseconds taken to send the response. Readable on REDIS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspTransferTime: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on REDIS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds from the last request byte to the first response byte. Readable on REDIS_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly rspTimeToFirstByte: number;
  /**
   * Milliseconds from the first to the last byte of the response. Readable on REDIS_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly rspTimeToLastByte: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const Redis: Redis;
