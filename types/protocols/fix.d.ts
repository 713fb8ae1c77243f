/**
 * The `FIX` class: Financial Information eXchange messages. Events: FIX_REQUEST and FIX_RESPONSE.
 */

/** One field of a FIX message; unknown tags keep their number as the name. */
interface FIXField {
  readonly name: string;
  readonly value: string;
}

interface FIX extends RequestResponseCounters {
  /** Key-value fields of the message, keys translated to names where known. */
  readonly fields: readonly FIXField[];
  /** Message type field. */
  readonly msgType: string;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on FIX_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** SenderCompID field. */
  readonly sender: string;
  /** TargetCompID field. */
  readonly target: string;
  /** Protocol version. */
  readonly version: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const FIX: FIX;
