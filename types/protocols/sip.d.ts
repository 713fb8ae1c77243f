/**
 * The `SIP` class: SIP signalling messages. When `hasSDP` is true, the `SDP` class describes the
 * session. Events: SIP_REQUEST and SIP_RESPONSE.
 */

interface SIP extends RequestResponseCounters {
  /** Call id of the message. */
  readonly callId: string;
  /** From header. */
  readonly from: string;
  /** True when the message carries an SDP body. */
  readonly hasSDP: boolean;
  /** Headers of the message, by index or by name. */
  readonly headers: HTTPHeaders;
  /** SIP method, e.g. INVITE. */
  readonly method: string;
  /** Raw bytes of the message body; null without one. */
  readonly payload: Buffer | null;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on SIP_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /**
   * L7 bytes of the request, protocol headers excluded. Readable on SIP_REQUEST only; the engine
   * throws elsewhere.
   */
  readonly reqSize: number;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on SIP_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspSize: number;
  /** Status code of the response. Readable on SIP_RESPONSE only; the engine throws elsewhere. */
  readonly statusCode: number;
  /** To header. */
  readonly to: string;
  /** Request URI. */
  readonly uri: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** Headers whose names start with `prefix`. */
  findHeaders(prefix: string): HTTPHeader[];
}

declare const SIP: SIP;
