/**
 * The `DHCP6` class: DHCPv6 messages. Events: DHCP6_REQUEST and DHCP6_RESPONSE.
 */

/** One entry of `DHCP6.options`. */
interface DHCP6Option {
  readonly code: number;
  readonly name: string;
  /** The option's value; its type depends on the option. */
  readonly payload: number | string;
}

interface DHCP6 {
  /**
   * Error text from the server, or null without error. Readable on DHCP6_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly error: string | null;
  /** JA4D6 fingerprint of the sending device. */
  readonly ja4DHCP6: string;
  /** Message type, e.g. `SOLICIT` or `REPLY`. */
  readonly msgType: string;
  /** Options of the message. */
  readonly options: readonly DHCP6Option[];
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Transaction id. */
  readonly txId: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** The option with this code, or null when absent. */
  getOption(optionCode: number): DHCP6Option | null;
}

declare const DHCP6: DHCP6;
