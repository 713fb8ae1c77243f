/**
 * The `LDAP` class: LDAP requests and responses. Events: LDAP_REQUEST and LDAP_RESPONSE.
 */

/** One entry of `LDAP.controls`. */
interface LDAPControl {
  /** OID of the control. */
  readonly controlType: string;
  /** True when the server must honour the control or fail the operation. */
  readonly criticality: boolean;
  /** Optional value of the control. */
  readonly controlValue: Buffer;
}

/** One entry of `LDAP.searchResults`. */
interface LDAPSearchResult {
  readonly type: string;
  readonly values: readonly Buffer[];
}

interface LDAP extends RequestResponseCounters {
  /** DN of a bind request. Readable on LDAP_REQUEST only; the engine throws elsewhere. */
  readonly bindDN: string;
  /** Controls of the request. */
  readonly controls: readonly LDAPControl[];
  /** Distinguished name; `<ROOT>` when none is set. */
  readonly dn: string;
  /** The protocol that encrypted the traffic, e.g. TLS. */
  readonly encryptionProtocol: string;
  /**
   * Short LDAP error, e.g. noSuchObject. Readable on LDAP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly error: string;
  /**
   * Detail of the error, when there is one. Readable on LDAP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly errorDetail: string;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when the sensor decrypted the traffic. */
  readonly isDecrypted: boolean;
  /**
   * True when a bind carries no password. Readable on LDAP_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly isPasswordEmpty: boolean;
  /** True when the sender signed the transaction. */
  readonly isSigned: boolean;
  /** LDAP method. */
  readonly method: string;
  /** Message id that pairs requests with responses. */
  readonly msgId: number;
  /** Message size in bytes. */
  readonly msgSize: number;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on LDAP_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** SASL mechanism used to authenticate. */
  readonly saslMechanism: string;
  /** Attributes a search asks for. Readable on LDAP_REQUEST only; the engine throws elsewhere. */
  readonly searchAttributes: readonly string[];
  /** Filter of a search. Readable on LDAP_REQUEST only; the engine throws elsewhere. */
  readonly searchFilter: string;
  /** Results of a search. */
  readonly searchResults: readonly LDAPSearchResult[];
  /**
   * How deep a search goes below its base. Readable on LDAP_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly searchScope: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 5.2: use {@link LDAP.processingTime}. */
  readonly tprocess: number;
}

declare const LDAP: LDAP;
