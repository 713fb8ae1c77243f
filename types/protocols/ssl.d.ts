/**
 * The `SSL` class: TLS sessions: handshake, records, alerts and certificates. Events: SSL_ALERT,
 * SSL_CLOSE, SSL_HEARTBEAT, SSL_OPEN, SSL_PAYLOAD, SSL_RECORD and SSL_RENEGOTIATE.
 */

/** A TLS hello extension. */
interface SSLExtension {
  readonly id: number;
  /** Full length in bytes. */
  readonly length: number;
  /** Name of the extension, or a marker that it is unknown. */
  readonly name: string;
}

/** A cipher suite offered by the client. */
interface SSLCipherSuite {
  readonly name: string;
  readonly type: number;
}

/** A distinguished name, split into its attributes. */
interface SSLDistinguishedName {
  readonly commonName: string;
  readonly country: readonly string[];
  readonly emailAddress: string;
  readonly organization: readonly string[];
  readonly organizationalUnit: readonly string[];
  readonly locality: readonly string[];
  readonly stateOrProvince: readonly string[];
}

/** An X.509 certificate seen in a TLS handshake. Times are in seconds since the epoch. */
interface SSLCert {
  /** Authority Information Access entries (OCSP, CA issuers). */
  readonly authorityInfoAccess: readonly { readonly location: string; readonly method: string }[];
  readonly authorityKeyIdentifier: string | null;
  readonly basicConstraints: { readonly ca: boolean; readonly pathlen: number };
  readonly certificatePolicies: readonly string[];
  readonly crlDistributionPoints: readonly {
    readonly crlIssuer: readonly string[];
    readonly distPoint: readonly string[];
    readonly reasons: readonly string[];
  }[];
  readonly extensionOIDs: readonly string[];
  readonly extendedKeyUsage: readonly string[];
  /** SHA-1 fingerprint, hex. */
  readonly fingerprint: string;
  /** SHA-256 fingerprint, hex. */
  readonly fingerprintSHA256: string;
  readonly inhibitAnyPolicy: number;
  readonly isSelfSigned: boolean;
  readonly issuer: string;
  readonly issuerAlternativeNames: readonly string[];
  readonly issuerDistinguishedName: SSLDistinguishedName;
  /** Public key size in bits. */
  readonly keySize: number;
  readonly keyUsage: readonly string[];
  /** End of validity, in seconds since the epoch. */
  readonly notAfter: number;
  /** Start of validity, in seconds since the epoch. */
  readonly notBefore: number;
  readonly nsComment: string;
  readonly ocspNoCheck: boolean;
  /** The certificate in DER form. */
  readonly payload: Buffer;
  readonly policyConstraints: {
    readonly requireExplicitPolicy: number;
    readonly inhibitPolicyMapping: number;
  };
  readonly policyMappings: readonly {
    readonly issuerDomainPolicy: string;
    readonly subjectDomainPolicy: string;
  }[];
  readonly publicKeyCurveName: string;
  readonly publicKeyExponent: string | null;
  readonly publicKeyHasExplicitCurve: boolean | null;
  readonly publicKeyModulus: string | null;
  readonly serial: string | null;
  readonly signatureAlgorithm: string | null;
  readonly subject: string;
  readonly subjectAlternativeNames: readonly string[];
  readonly subjectDistinguishedName: SSLDistinguishedName;
  readonly subjectKeyIdentifier: string;
  /** Data of the extension with this OID, or null when the certificate lacks it. */
  getExtensionDataByOID(oid: string): Buffer | null;
}

interface SSL {
  /**
   * Numeric TLS alert; null when the session is opaque. Readable on SSL_ALERT only; the engine
   * throws elsewhere.
   */
  readonly alertCode: number | null;
  /** Name of the TLS alert. Readable on SSL_ALERT only; the engine throws elsewhere. */
  readonly alertCodeName: string | null;
  /**
   * Alert level (1 warning, 2 fatal); null when the session is opaque. Readable on SSL_ALERT only;
   * the engine throws elsewhere.
   */
  readonly alertLevel: number | null;
  /** Server (leaf) certificate. */
  readonly certificate: SSLCert;
  /** Server certificate chain, leaf first. */
  readonly certificates: readonly SSLCert[];
  /** Cipher suite agreed. */
  readonly cipherSuite: string;
  /** Cipher suites, as hex. */
  readonly cipherSuitesHex: string;
  /** Cipher suites the client offers. */
  readonly cipherSuitesSupported: readonly SSLCipherSuite[] | null;
  /** Number of the cipher suite agreed. */
  readonly cipherSuiteType: number;
  /**
   * L4 bytes sent by the client. Readable on SSL_RECORD and SSL_CLOSE only; the engine throws
   * elsewhere.
   */
  readonly clientBytes: number;
  /** Client certificate. */
  readonly clientCertificate: SSLCert;
  /** Client certificate chain, leaf first. */
  readonly clientCertificates: readonly SSLCert[];
  /**
   * True when the server asked for a client certificate. Readable on SSL_OPEN, SSL_ALERT and
   * SSL_RENEGOTIATE only; the engine throws elsewhere.
   */
  readonly clientCertificateRequested: boolean;
  /** Extensions of the client hello. */
  readonly clientExtensions: readonly SSLExtension[] | null;
  /**
   * Client extensions, sorted, as hex. Readable on SSL_OPEN and SSL_RENEGOTIATE only; the engine
   * throws elsewhere.
   */
  readonly clientExtensionsHex: string;
  /** TLS version in the client hello. */
  readonly clientHelloVersion: number;
  /**
   * L2 bytes sent by the client, link-layer headers included. Readable on SSL_RECORD and SSL_CLOSE
   * only; the engine throws elsewhere.
   */
  readonly clientL2Bytes: number;
  /**
   * Packets sent by the client. Readable on SSL_RECORD and SSL_CLOSE only; the engine throws
   * elsewhere.
   */
  readonly clientPkts: number;
  /** Session id the client sent. */
  readonly clientSessionId: string;
  /**
   * Zero-window advertisements sent by the client. Readable on SSL_RECORD and SSL_CLOSE only; the
   * engine throws elsewhere.
   */
  readonly clientZeroWnd: number;
  /**
   * Content type of the current record. Readable on SSL_RECORD only; the engine throws elsewhere.
   */
  readonly contentType: string;
  /**
   * Elliptic-curve point formats of the client, as hex. Readable on SSL_OPEN and SSL_RENEGOTIATE
   * only; the engine throws elsewhere.
   */
  readonly ecPointFormatsHex: string;
  /** The protocol that encrypted the traffic, e.g. TLS. */
  readonly encryptionProtocol: string;
  /**
   * Milliseconds the handshake took. Readable on SSL_OPEN and SSL_RENEGOTIATE only; the engine
   * throws elsewhere.
   */
  readonly handshakeTime: number;
  /**
   * Payload length field of the heartbeat message. Readable on SSL_HEARTBEAT only; the engine
   * throws elsewhere.
   */
  readonly heartbeatPayloadLength: number;
  /**
   * Type field of the heartbeat message. Readable on SSL_HEARTBEAT only; the engine throws
   * elsewhere.
   */
  readonly heartbeatType: number;
  /**
   * Server Name Indication, when sent. Readable on SSL_OPEN and SSL_RENEGOTIATE only; the engine
   * throws elsewhere.
   */
  readonly host: string | null;
  /**
   * True when the session was aborted. Readable on SSL_CLOSE, SSL_OPEN and SSL_RENEGOTIATE only;
   * the engine throws elsewhere.
   */
  readonly isAborted: boolean;
  /** True when the record is compressed. */
  readonly isCompressed: boolean;
  /** True when the sensor decrypted the traffic. */
  readonly isDecrypted: boolean;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when a post-quantum key agreement was used. */
  readonly isPostQuantumKeyAgreement: boolean;
  /**
   * True when an earlier session was resumed. Readable on SSL_OPEN, SSL_CLOSE, SSL_ALERT,
   * SSL_HEARTBEAT and SSL_RENEGOTIATE only; the engine throws elsewhere.
   */
  readonly isResumed: boolean;
  /**
   * True when STARTTLS started the session. Readable on SSL_OPEN, SSL_CLOSE, SSL_ALERT,
   * SSL_HEARTBEAT and SSL_RENEGOTIATE only; the engine throws elsewhere.
   */
  readonly isStartTLS: boolean;
  /** True for an SSLv2 client hello. */
  readonly isV2ClientHello: boolean;
  /**
   * True when the cipher suite is considered weak (NULL, anonymous, export, …). Readable on
   * SSL_OPEN, SSL_CLOSE, SSL_ALERT, SSL_HEARTBEAT and SSL_RENEGOTIATE only; the engine throws
   * elsewhere.
   */
  readonly isWeakCipherSuite: boolean;
  /** JA3 string of the client. */
  readonly ja3Text: string | null;
  /** MD5 of the JA3 string. */
  readonly ja3Hash: string | null;
  /** JA3S string of the server. */
  readonly ja3sText: string | null;
  /** MD5 of the JA3S string. */
  readonly ja3sHash: string | null;
  /**
   * JA4 fingerprint of the client. Readable on SSL_OPEN and SSL_RENEGOTIATE only; the engine throws
   * elsewhere.
   */
  readonly ja4Fingerprint: string | null;
  /**
   * JA4S fingerprint of the server. Readable on SSL_OPEN and SSL_RENEGOTIATE only; the engine
   * throws elsewhere.
   */
  readonly ja4Server: string;
  /** JA4X fingerprint of the server certificate. */
  readonly ja4X509: string;
  /** Key agreement or exchange algorithm. */
  readonly keyAgreement: string;
  /** Id of the private key the sensor decrypts with, or null. */
  readonly privateKeyId: string | null;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /**
   * Length field of the record. Readable on SSL_RECORD, SSL_ALERT and SSL_HEARTBEAT only; the
   * engine throws elsewhere.
   */
  readonly recordLength: number;
  /**
   * Type field of the record. Readable on SSL_RECORD, SSL_ALERT and SSL_HEARTBEAT only; the engine
   * throws elsewhere.
   */
  readonly recordType: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on SSL_RECORD and
   * SSL_CLOSE only; the engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** Extensions of the server hello. */
  readonly serverExtensions: readonly SSLExtension[] | null;
  /**
   * Server extensions, sorted, as hex. Readable on SSL_OPEN and SSL_RENEGOTIATE only; the engine
   * throws elsewhere.
   */
  readonly serverExtensionsHex: string;
  /**
   * L4 bytes sent by the server. Readable on SSL_RECORD and SSL_CLOSE only; the engine throws
   * elsewhere.
   */
  readonly serverBytes: number;
  /** TLS version in the server hello. */
  readonly serverHelloVersion: number;
  /**
   * L2 bytes sent by the server, link-layer headers included. Readable on SSL_RECORD and SSL_CLOSE
   * only; the engine throws elsewhere.
   */
  readonly serverL2Bytes: number;
  /**
   * Packets sent by the server. Readable on SSL_RECORD and SSL_CLOSE only; the engine throws
   * elsewhere.
   */
  readonly serverPkts: number;
  /** Session id the server sent. */
  readonly serverSessionId: string;
  /**
   * Zero-window advertisements sent by the server. Readable on SSL_RECORD and SSL_CLOSE only; the
   * engine throws elsewhere.
   */
  readonly serverZeroWnd: number;
  /** Protocol that issued STARTTLS, or null. */
  readonly startTLSProtocol: string | null;
  /**
   * ECDH groups the client supports, as hex. Readable on SSL_OPEN and SSL_RENEGOTIATE only; the
   * engine throws elsewhere.
   */
  readonly supportedGroupsHex: string;
  /** TLS version number, as a decimal (e.g. 771 for TLS 1.2). */
  readonly version: number;
  /**
   * Adds the session to an application so its TLS metrics are collected there. Callable on SSL_OPEN
   * only; the engine throws elsewhere.
   */
  addApplication(name: string): void;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called. Callable on SSL_ALERT, SSL_CLOSE, SSL_HEARTBEAT, SSL_OPEN and
   * SSL_RENEGOTIATE only; the engine throws elsewhere.
   */
  commitRecord(): void;
  /**
   * Data of a client hello extension (by name or id), or null. Callable on SSL_OPEN and
   * SSL_RENEGOTIATE only; the engine throws elsewhere.
   */
  getClientExtensionData(extension: string | number): Buffer | null;
  /**
   * Data of a server hello extension (by name or id), or null. Callable on SSL_OPEN and
   * SSL_RENEGOTIATE only; the engine throws elsewhere.
   */
  getServerExtensionData(extension: string | number): Buffer | null;
  /**
   * True when the client hello carries this extension. Callable on SSL_OPEN and SSL_RENEGOTIATE
   * only; the engine throws elsewhere.
   */
  hasClientExtension(extension: string | number): boolean;
  /**
   * True when the server hello carries this extension. Callable on SSL_OPEN and SSL_RENEGOTIATE
   * only; the engine throws elsewhere.
   */
  hasServerExtension(extension: string | number): boolean;
  /** @deprecated since 5.3: use {@link SSL.addApplication}. */
  setApplication(name: string): void;
  /** @deprecated since 6.1: use {@link SSL.clientBytes}. */
  readonly reqBytes: number;
  /** @deprecated since 6.1: use {@link SSL.clientL2Bytes}. */
  readonly reqL2Bytes: number;
  /** @deprecated since 6.1: use {@link SSL.clientPkts}. */
  readonly reqPkts: number;
  /** @deprecated since 6.1: use {@link SSL.serverBytes}. */
  readonly rspBytes: number;
  /** @deprecated since 6.1: use {@link SSL.serverL2Bytes}. */
  readonly rspL2Bytes: number;
  /** @deprecated since 6.1: use {@link SSL.serverPkts}. */
  readonly rspPkts: number;
}

declare const SSL: SSL;
