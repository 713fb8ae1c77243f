/**
 * The `HL7` class: Health Level Seven messages. Events: HL7_REQUEST and HL7_RESPONSE.
 */

/** One entry of `HL7.segments`. */
interface HL7Segment {
  /** Segment id, e.g. `PID`. */
  readonly name: string;
  /** Field values; HL7 field n is at index n - 1. */
  readonly fields: readonly string[];
}

interface HL7 {
  /** Two-letter acknowledgment code. Readable on HL7_RESPONSE only; the engine throws elsewhere. */
  readonly ackCode: string;
  /**
   * Id of the message being acknowledged. Readable on HL7_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly ackId: string;
  /** Id of this message. */
  readonly msgId: string;
  /** Full message type field. */
  readonly msgType: string;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on HL7_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on HL7_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** Zero-window advertisements during the request. */
  readonly reqZeroWnd: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on HL7_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** Zero-window advertisements during the response. */
  readonly rspZeroWnd: number;
  /** Segments of the message. */
  readonly segments: readonly HL7Segment[];
  /** Subfield delimiter, for messages that use a non-standard one. */
  readonly subfieldDelimiter: string;
  /** Version named in the MSH segment. */
  readonly version: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 5.2: use {@link HL7.processingTime}. */
  readonly tprocess: number;
}

declare const HL7: HL7;
