/**
 * The `QUIC` class: QUIC connections and their TLS handshake (cipher suites and extensions have
 * the shapes of the SSL class, `SSLCipherSuite` and `SSLExtension`). Events: QUIC_CLOSE and QUIC_OPEN.
 */

interface QUIC {
  /** Client extensions, sorted, as hex. Readable on QUIC_OPEN only; the engine throws elsewhere. */
  readonly clientExtensionsHex: string;
  /** Cipher suite agreed. */
  readonly cipherSuite: string;
  /** Number of the cipher suite agreed. */
  readonly cipherSuiteType: number;
  /** Cipher suites, as hex. */
  readonly cipherSuitesHex: string;
  /** Cipher suites the client offers. */
  readonly cipherSuitesSupported: readonly SSLCipherSuite[] | null;
  /** TLS extensions of the client hello. */
  readonly clientExtensions: readonly SSLExtension[] | null;
  /** True when a post-quantum key agreement was used. */
  readonly isPostQuantumKeyAgreement: boolean;
  /** JA4 fingerprint of the client. Readable on QUIC_OPEN only; the engine throws elsewhere. */
  readonly ja4Fingerprint: string | null;
  /** JA4 fingerprint of the server. Readable on QUIC_OPEN only; the engine throws elsewhere. */
  readonly ja4Server: string;
  /** Key agreement or exchange algorithm. */
  readonly keyAgreement: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** TLS extensions of the server hello. */
  readonly serverExtensions: readonly SSLExtension[] | null;
  /** Server extensions, sorted, as hex. Readable on QUIC_OPEN only; the engine throws elsewhere. */
  readonly serverExtensionsHex: string;
  /** Server Name Indication. */
  readonly sni: string;
  /** TLS version number, as a decimal. */
  readonly tlsVersion: number;
  /** QUIC version. */
  readonly version: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /**
   * Data of a client hello extension (by name or id), or null. Callable on QUIC_OPEN only; the
   * engine throws elsewhere.
   */
  getClientExtensionData(extension: string | number): Buffer | null;
  /**
   * Data of a server hello extension (by name or id), or null. Callable on QUIC_OPEN only; the
   * engine throws elsewhere.
   */
  getServerExtensionData(extension: string | number): Buffer | null;
  /**
   * True when the client hello carries this extension. Callable on QUIC_OPEN only; the engine
   * throws elsewhere.
   */
  hasClientExtension(extension: string | number): boolean;
  /**
   * True when the server hello carries this extension. Callable on QUIC_OPEN only; the engine
   * throws elsewhere.
   */
  hasServerExtension(extension: string | number): boolean;
  /** @deprecated since 9.6, without replacement. */
  readonly cyuFingerprint: string;
  /** @deprecated since 9.6, without replacement. */
  readonly tags: readonly { readonly [field: string]: unknown }[];
}

declare const QUIC: QUIC;
