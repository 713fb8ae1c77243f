/**
 * The `LDAP` class: LDAP requests and responses. Events: LDAP_REQUEST and LDAP_RESPONSE.
 */

/** One entry of `LDAP.controls`. */
interface LDAPControl {
  readonly controlType: string;
  readonly criticality: boolean;
  readonly controlValue: Buffer;
}

/** One entry of `LDAP.searchResults`. */
interface LDAPSearchResult {
  readonly type: string;
  readonly values: readonly Buffer[];
}

interface LDAP {
  /** DN of a bind request. Readable on LDAP_REQUEST only; the engine throws elsewhere. */
  readonly bindDN: string;
  /** Controls of the request. */
  readonly controls: readonly LDAPControl[];
  /** Distinguished name; `<ROOT>` when none is set. */
  readonly dn: string;
  /** The protocol that encrypted the traffic, e.g. TLS. */
  readonly encryptionProtocol: string;
  /** Short LDAP error, e.g. noSuchObject. Readable on LDAP_RESPONSE only; the engine throws elsewhere. */
  readonly error: string;
  /** Detail of the error, when there is one. Readable on LDAP_RESPONSE only; the engine throws elsewhere. */
  readonly errorDetail: string;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when the sensor decrypted the traffic. */
  readonly isDecrypted: boolean;
  /** True when a bind carries no password. Readable on LDAP_REQUEST only; the engine throws elsewhere. */
  readonly isPasswordEmpty: boolean;
  /** True when the sender signed the transaction. */
  readonly isSigned: boolean;
  /** LDAP method. */
  readonly method: string;
  /** Message id that pairs requests with responses. */
  readonly msgId: number;
  /** Message size in bytes. */
  readonly msgSize: number;
  /** Server processing time in milliseconds (last request byte to first response byte); NaN when unknown. */
  readonly processingTime: number;
  /** The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or pass it to the global `commitRecord()`. */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. */
  readonly reqBytes: number;
  /** L2 bytes of the request, link-layer headers included. */
  readonly reqL2Bytes: number;
  /** Packets of the request. */
  readonly reqPkts: number;
  /** Retransmission timeouts during the request. */
  readonly reqRTO: number;
  /** Zero-window advertisements during the request. */
  readonly reqZeroWnd: number;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** L4 bytes of the response. */
  readonly rspBytes: number;
  /** L2 bytes of the response, link-layer headers included. */
  readonly rspL2Bytes: number;
  /** Packets of the response. */
  readonly rspPkts: number;
  /** Retransmission timeouts during the response. */
  readonly rspRTO: number;
  /** Zero-window advertisements during the response. */
  readonly rspZeroWnd: number;
  /** SASL mechanism used to authenticate. */
  readonly saslMechanism: string;
  /** Attributes a search asks for. Readable on LDAP_REQUEST only; the engine throws elsewhere. */
  readonly searchAttributes: readonly string[];
  /** Filter of a search. Readable on LDAP_REQUEST only; the engine throws elsewhere. */
  readonly searchFilter: string;
  /** Results of a search. */
  readonly searchResults: readonly LDAPSearchResult[];
  /** How deep a search goes below its base. Readable on LDAP_REQUEST only; the engine throws elsewhere. */
  readonly searchScope: string;
  /** Sends the built-in record of this transaction to the recordstore; a record is committed once however often this is called. */
  commitRecord(): void;
  /** @deprecated since 5.2: use {@link LDAP.processingTime}. */
  readonly tprocess: number;
}

declare const LDAP: LDAP;
