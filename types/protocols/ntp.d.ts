/**
 * The `NTP` class: NTP messages. Events: NTP_MESSAGE.
 */

interface NTP {
  /** Byte with the leap indicator, version and mode. */
  readonly flags: number;
  /** Leap-second warning. */
  readonly leapIndicator: number;
  /** Numeric operation mode. */
  readonly mode: number;
  /** Name of the operation mode. */
  readonly modeName: string;
  /** Client time when the request left, in seconds since the NTP epoch. */
  readonly originTimestamp: number;
  /** Raw bytes of the message. */
  readonly payload: Buffer;
  /** Longest interval between messages, in seconds. */
  readonly poll: number;
  /** Precision of the system clock, in seconds. */
  readonly precision: number;
  /** Server time when the request arrived. */
  readonly receiveTimestamp: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Numeric id of the server or reference clock. */
  readonly referenceId: number;
  /** Text id of the server or reference clock. */
  readonly referenceIdCode: string | null;
  /** When the system clock was last set. */
  readonly referenceTimestamp: number;
  /** Round-trip delay to the reference clock, in seconds. */
  readonly rootDelay: number;
  /** Largest error relative to the reference clock, in seconds. */
  readonly rootDispersion: number;
  /** Stratum of the system clock. */
  readonly stratum: number;
  /** Server time when the response left. */
  readonly transmitTimestamp: number;
  /** NTP version. */
  readonly version: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const NTP: NTP;
