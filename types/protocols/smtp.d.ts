/**
 * The `SMTP` class: SMTP sessions: greeting, commands and replies. Events: SMTP_OPEN, SMTP_REQUEST
 * and SMTP_RESPONSE.
 */

interface SMTP extends RequestResponseCounters {
  /** Size of the attachment in bytes. */
  readonly dataSize: number;
  /** Domain of the sending address. */
  readonly domain: string;
  /** Error for the status code. Readable on SMTP_RESPONSE only; the engine throws elsewhere. */
  readonly error: string;
  /** Headers of the message, by index or by name. */
  readonly headers: HTTPHeaders;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when the connection closed before the request was complete. */
  readonly isReqAborted: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on SMTP_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** SMTP command. */
  readonly method: string;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on SMTP_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /** Recipient addresses. */
  readonly recipientList: readonly string[];
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on SMTP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /** Milliseconds from the first to the last byte of the request. */
  readonly reqTimeToLastByte: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on SMTP_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on SMTP_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds from the last request byte to the first response byte. Readable on SMTP_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly rspTimeToFirstByte: number;
  /**
   * Milliseconds from the first to the last byte of the response. Readable on SMTP_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly rspTimeToLastByte: number;
  /** Sender of the message. */
  readonly sender: string;
  /**
   * Status code of the reply or greeting. Readable on SMTP_RESPONSE and SMTP_OPEN only; the engine
   * throws elsewhere.
   */
  readonly statusCode: number;
  /**
   * Full text of the reply or greeting. Readable on SMTP_RESPONSE and SMTP_OPEN only; the engine
   * throws elsewhere.
   */
  readonly statusText: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 7.5: use {@link SMTP.recipientList}. */
  readonly recipient: string;
  /** @deprecated since 5.2: use {@link SMTP.processingTime}. */
  readonly tprocess: number;
}

declare const SMTP: SMTP;
