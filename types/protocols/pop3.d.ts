/**
 * The `POP3` class: POP3 commands and replies. Events: POP3_REQUEST and POP3_RESPONSE.
 */

interface POP3 extends RequestResponseCounters {
  /** Size of the message in bytes. Readable on POP3_RESPONSE only; the engine throws elsewhere. */
  readonly dataSize: number;
  /**
   * Error text recorded by the sensor. Readable on POP3_RESPONSE only; the engine throws elsewhere.
   */
  readonly error: string;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when the connection closed before the request was complete. */
  readonly isReqAborted: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on POP3_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** POP3 command, e.g. RETR. */
  readonly method: string;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on POP3_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /** Recipient addresses. Readable on POP3_RESPONSE only; the engine throws elsewhere. */
  readonly recipientList: readonly string[];
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on POP3_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /** Milliseconds from the first to the last byte of the request. */
  readonly reqTimeToLastByte: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on POP3_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** L4 bytes of the response. Readable on POP3_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on POP3_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on POP3_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Retransmission timeouts during the response. Readable on POP3_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspRTO: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on POP3_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds from the last request byte to the first response byte. Readable on POP3_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly rspTimeToFirstByte: number;
  /**
   * Milliseconds from the first to the last byte of the response. Readable on POP3_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly rspTimeToLastByte: number;
  /** Sender address. Readable on POP3_RESPONSE only; the engine throws elsewhere. */
  readonly sender: string;
  /**
   * Status of the reply: `OK`, `ERR` or `NULL`. Readable on POP3_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly status: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const POP3: POP3;
