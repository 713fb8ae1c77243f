/**
 * The `CIFS` class: SMB/CIFS file-sharing traffic. Events: CIFS_REQUEST and CIFS_RESPONSE.
 */

interface CIFS extends RequestResponseCounters {
  /**
   * Access mask requested, as a number. Readable on CIFS_REQUEST only; the engine throws elsewhere.
   */
  readonly accessMask: number;
  /**
   * Milliseconds the server took to reach the file on disk. Readable on CIFS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly accessTime: number;
  /** SMB versions the client offers. */
  readonly clientDialects: readonly string[];
  /**
   * Create/open options of the request, as a number. Readable on CIFS_REQUEST only; the engine
   * throws elsewhere.
   */
  readonly createOptions: number;
  /** SMB dialect the two sides agreed on. */
  readonly dialect: string;
  /** Encrypted bytes in the message. */
  readonly encryptedBytes: number;
  /** The protocol that encrypted the traffic, e.g. TLS. */
  readonly encryptionProtocol: string;
  /**
   * Error text recorded by the sensor. Readable on CIFS_RESPONSE only; the engine throws elsewhere.
   */
  readonly error: string;
  /** Name of the file transferred. */
  readonly filename: string;
  /** True for a file-create command. */
  readonly isCommandCreate: boolean;
  /** True for a CLOSE command. */
  readonly isCommandClose: boolean;
  /** True for a DELETE command. */
  readonly isCommandDelete: boolean;
  /** True for a file-info command. */
  readonly isCommandFileInfo: boolean;
  /** True for a locking command. */
  readonly isCommandLock: boolean;
  /** True for a READ command. */
  readonly isCommandRead: boolean;
  /** True for a RENAME command. */
  readonly isCommandRename: boolean;
  /** True for a WRITE command. */
  readonly isCommandWrite: boolean;
  /** True when the sensor decrypted the traffic. */
  readonly isDecrypted: boolean;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on CIFS_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** True when the server signed the response. */
  readonly isRspSigned: boolean;
  /** True when the client supports level 2 oplocks. */
  readonly isLvl2OplockSupported: boolean;
  /** True when the client supports Unicode. */
  readonly isUnicodeSupported: boolean;
  /** Largest message buffer the client accepts, in bytes. */
  readonly maxBufferLen: number;
  /** How many operations the client may have pending on the server at once. */
  readonly maxMpxCount: number;
  /** SMB method, as named in the SMB metrics. */
  readonly method: string;
  /** SMB transaction id. */
  readonly msgID: number;
  /** LAN Manager software of the client; null when not announced. */
  readonly nativeLanman: string | null;
  /** Operating system of the client; null when not announced. */
  readonly nativeOS: string | null;
  /** Bytes of a READ or WRITE, from the command on. */
  readonly payload: Buffer;
  /** Media type detected in the payload. */
  readonly payloadMediaType: string | null;
  /** File offset of the payload within `resource`, in bytes. */
  readonly payloadOffset: number;
  /** Hex SHA-256 digest of the payload. */
  readonly payloadSHA256: string | null;
  /** Active Directory domain of the client; null when not announced. */
  readonly primaryDomain: string | null;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on CIFS_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on CIFS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on CIFS_RESPONSE only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on CIFS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on CIFS_RESPONSE only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /**
   * Retransmission timeouts during the request. Readable on CIFS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly reqRTO: number;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /**
   * Milliseconds taken to send the request. Readable on CIFS_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly reqTransferTime: number;
  /** SMB version of the request. */
  readonly reqVersion: string;
  /** Share, path and file name joined together. */
  readonly resource: string;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on CIFS_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** L4 bytes of the response. Readable on CIFS_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on CIFS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on CIFS_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Retransmission timeouts during the response. Readable on CIFS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspRTO: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on CIFS_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds taken to send the response. Readable on CIFS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspTransferTime: number;
  /** SMB version of the response. Readable on CIFS_RESPONSE only; the engine throws elsewhere. */
  readonly rspVersion: string;
  /** SMB session id. */
  readonly sessionId: number;
  /** Share the user is connected to. */
  readonly share: string;
  /**
   * Numeric status of the response (SMB1 and SMB2). Readable on CIFS_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly statusCode: number;
  /** User name; may be unknown, e.g. when the login was not seen. */
  readonly user: string;
  /**
   * Warning text recorded by the sensor. Readable on CIFS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly warning: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const CIFS: CIFS;
