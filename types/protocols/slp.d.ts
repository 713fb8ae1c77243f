/**
 * The `SLP` class: Service Location Protocol messages. Events: SLP_MESSAGE.
 */

interface SLP {
  /** Attributes, comma-separated; null without any. */
  readonly attrList: string | null;
  /** Numeric function id (message type). */
  readonly functionId: number;
  /** Message type name. */
  readonly msgType: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Scopes, comma-separated; null without any. */
  readonly scopeList: string | null;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const SLP: SLP;
