/**
 * The `SNMP` class: SNMP messages. Events: SNMP_REQUEST, SNMP_RESPONSE and SNMP_MESSAGE.
 */

interface SNMP {
  /** SNMP error. */
  readonly error: string;
  /** Community string. */
  readonly community: string;
  /** Raw bytes of the message. */
  readonly payload: Buffer;
  /** PDU type. */
  readonly pduType: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** SNMP version. */
  readonly version: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const SNMP: SNMP;
