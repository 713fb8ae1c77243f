/**
 * The `SMPP` class: Short Message Peer-to-Peer messages. Events: SMPP_REQUEST and SMPP_RESPONSE.
 */

interface SMPP {
  /** Command id. */
  readonly command: string;
  /** Destination address; null when unknown. */
  readonly destination: string | null;
  /**
   * Error for the command status; null when the status is ROK. Readable on SMPP_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly error: string | null;
  /**
   * short_message of DELIVER_SM and SUBMIT_SM; null otherwise. Readable on SMPP_REQUEST only; the
   * engine throws elsewhere.
   */
  readonly message: Buffer | null;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on SMPP_RESPONSE only; the engine throws elsewhere.
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
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on SMPP_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds from the last request byte to the first response byte. Readable on SMPP_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly rspTimeToFirstByte: number;
  /**
   * Milliseconds from the first to the last byte of the response. Readable on SMPP_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly rspTimeToLastByte: number;
  /** Source address; null when unknown. */
  readonly source: string | null;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 5.2: use {@link SMPP.processingTime}. */
  readonly tprocess: number;
}

declare const SMPP: SMPP;
