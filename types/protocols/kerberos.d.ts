/**
 * The `Kerberos` class: Kerberos authentication messages. Events: KERBEROS_REQUEST and
 * KERBEROS_RESPONSE.
 */

/** A host address of a Kerberos message. */
interface KerberosAddress {
  readonly type: string;
  readonly address: string;
}

interface Kerberos {
  /**
   * Addresses the requested ticket is valid from. Readable on KERBEROS_REQUEST only; the engine
   * throws elsewhere.
   */
  readonly addresses: readonly KerberosAddress[];
  /**
   * AP_REQ option flags by name. Readable on KERBEROS_REQUEST only; the engine throws elsewhere.
   */
  readonly apOptions: { readonly [flag: string]: boolean };
  /** Client principal name. */
  readonly clientPrincipalName: string;
  /** Name parts of the client principal. */
  readonly cNames: readonly string[];
  /** Type of `cNames`. */
  readonly cNameType: string;
  /** Client realm. */
  readonly cRealm: string;
  /**
   * Extra error data of the response. Readable on KERBEROS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly eData: Buffer;
  /** Error returned. Readable on KERBEROS_RESPONSE only; the engine throws elsewhere. */
  readonly error: string;
  /**
   * Postdating time asked for in AS_REQ and TGS_REQ. Readable on KERBEROS_REQUEST only; the engine
   * throws elsewhere.
   */
  readonly from: string;
  /** True when the client principal is a privileged account. */
  readonly isAccountPrivileged: boolean;
  /**
   * AS_REQ and TGS_REQ option flags by name. Readable on KERBEROS_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly kdcOptions: { readonly [flag: string]: boolean };
  /** Message type, e.g. AS_REQ or TGS_REP. */
  readonly msgType: string;
  /** Pre-authentication data; the reference does not fix its fields. */
  readonly paData: readonly { readonly [field: string]: unknown }[];
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on KERBEROS_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /** Server realm (the client realm in AS_REQ). */
  readonly realm: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Encryption types the client prefers, by number. */
  readonly reqETypes: readonly number[];
  /** Encryption types the client prefers, by name. */
  readonly reqETypeNames: readonly string[];
  /** Zero-window advertisements during the request. */
  readonly reqZeroWnd: number;
  /** Zero-window advertisements during the response. */
  readonly rspZeroWnd: number;
  /** Server principal name (SPN). */
  readonly serverPrincipalName: string;
  /** Name parts of the server principal. */
  readonly sNames: readonly string[];
  /** Type of `sNames`. */
  readonly sNameType: string;
  /** Ticket of an AP_REP or AP_REQ message; the reference does not fix its fields. */
  readonly ticket: { readonly [field: string]: unknown };
  /** Expiry the client asks for. Readable on KERBEROS_REQUEST only; the engine throws elsewhere. */
  readonly till: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const Kerberos: Kerberos;
