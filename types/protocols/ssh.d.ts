/**
 * The `SSH` class: SSH connections and their negotiated algorithms. Events: SSH_CLOSE, SSH_OPEN and
 * SSH_TICK.
 */

interface SSH extends ClientServerCounters {
  /** Cipher the client uses. */
  readonly clientCipherAlgorithm: string;
  /** Compression the client applies. */
  readonly clientCompressionAlgorithm: string;
  /** Compression the client supports, client to server. */
  readonly clientCompressionAlgorithmsClientToServer: string;
  /** Compression the client supports, server to client. */
  readonly clientCompressionAlgorithmsServerToClient: string;
  /** Ciphers the client supports, client to server. */
  readonly clientEncryptionAlgorithmsClientToServer: string;
  /** Ciphers the client supports, server to client. */
  readonly clientEncryptionAlgorithmsServerToClient: string;
  /** SSH software of the client, e.g. OpenSSH. */
  readonly clientImplementation: string;
  /** Key exchange algorithms the client supports. */
  readonly clientKexAlgorithms: string;
  /** MAC algorithm the client uses. */
  readonly clientMacAlgorithm: string;
  /** MAC algorithms the client supports, client to server. */
  readonly clientMacAlgorithmsClientToServer: string;
  /** MAC algorithms the client supports, server to client. */
  readonly clientMacAlgorithmsServerToClient: string;
  /** SSH version of the client. */
  readonly clientVersion: string;
  /** Length of the connection in ms. Readable on SSH_CLOSE only; the engine throws elsewhere. */
  readonly duration: number;
  /** Client algorithm list that HASSH digests. */
  readonly hasshAlgorithms: string;
  /** HASSH: MD5 of `hasshAlgorithms`. */
  readonly hassh: string;
  /** Server algorithm list that HASSHServer digests. */
  readonly hasshServerAlgorithms: string;
  /** HASSHServer: MD5 of `hasshServerAlgorithms`. */
  readonly hasshServer: string;
  /** JA4SSH fingerprint of the traffic. Readable on SSH_TICK only; the engine throws elsewhere. */
  readonly ja4SSH: string;
  /** Key exchange algorithm agreed. */
  readonly kexAlgorithm: string;
  /**
   * Ids of the messages exchanged, in order. Readable on SSH_OPEN only; the engine throws
   * elsewhere.
   */
  readonly messageNumbers: readonly number[];
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** Cipher the server uses. */
  readonly serverCipherAlgorithm: string;
  /** Compression the server applies. */
  readonly serverCompressionAlgorithm: string;
  /** Compression the server supports, client to server. */
  readonly serverCompressionAlgorithmsClientToServer: string;
  /** Compression the server supports, server to client. */
  readonly serverCompressionAlgorithmsServerToClient: string;
  /** Ciphers the server supports, client to server. */
  readonly serverEncryptionAlgorithmsClientToServer: string;
  /** Ciphers the server supports, server to client. */
  readonly serverEncryptionAlgorithmsServerToClient: string;
  /** Public host key of the server, base64. */
  readonly serverHostKey: string;
  /** Type of the host key, e.g. ssh-ed25519. */
  readonly serverHostKeyType: string;
  /** SSH software of the server. */
  readonly serverImplementation: string;
  /** Key exchange algorithms the server supports. */
  readonly serverKexAlgorithms: string;
  /** MAC algorithm the server uses. */
  readonly serverMacAlgorithm: string;
  /** MAC algorithms the server supports, client to server. */
  readonly serverMacAlgorithmsClientToServer: string;
  /** MAC algorithms the server supports, server to client. */
  readonly serverMacAlgorithmsServerToClient: string;
  /** SSH version of the server. */
  readonly serverVersion: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const SSH: SSH;
