/**
 * The `Telnet` class: Telnet traffic. Events: TELNET_MESSAGE.
 */

interface Telnet extends SenderReceiverCounters {
  /** Command type; null when the event is a line of data. */
  readonly command: string | null;
  /** Line of data sent, escape sequences removed. */
  readonly line: string | null;
  /** Option being negotiated; null when invalid. */
  readonly option: string | null;
  /** Raw data of an option subnegotiation (SB); null otherwise. */
  readonly optionData: Buffer | null;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const Telnet: Telnet;
