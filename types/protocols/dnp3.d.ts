/**
 * The `DNP3` class: DNP3 (industrial control) messages. Events: DNP3_REQUEST and DNP3_RESPONSE.
 */

interface DNP3 {
  /** Control flags of the message. */
  readonly control: number;
  /** Station the message goes to. */
  readonly dstAddr: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on DNP3_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** Raw payload of the request. */
  readonly reqPayload: Buffer;
  /** Raw payload of the response. Readable on DNP3_RESPONSE only; the engine throws elsewhere. */
  readonly rspPayload: Buffer;
  /** Station the message comes from. */
  readonly srcAddr: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const DNP3: DNP3;
