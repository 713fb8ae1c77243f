/**
 * The `NFS` class: NFS requests and responses. Events: NFS_REQUEST and NFS_RESPONSE.
 */

interface NFS extends RequestResponseCounters {
  /**
   * Milliseconds the server took to reach the file on disk. Readable on NFS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly accessTime: number;
  /** User authentication method. */
  readonly authMethod: string;
  /**
   * Error text recorded by the sensor. Readable on NFS_RESPONSE only; the engine throws elsewhere.
   */
  readonly error: string;
  /** File handle the server returned. */
  readonly fileHandle: Buffer;
  /** True for a file-info command. */
  readonly isCommandFileInfo: boolean;
  /** True for a READ command. */
  readonly isCommandRead: boolean;
  /** True for a WRITE command. */
  readonly isCommandWrite: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on NFS_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** NFS method. */
  readonly method: string;
  /** File offset of a READ or WRITE. Readable on NFS_REQUEST only; the engine throws elsewhere. */
  readonly offset: number;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on NFS_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on NFS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /**
   * True when a rename moves the file to another directory. Readable on NFS_REQUEST only; the
   * engine throws elsewhere.
   */
  readonly renameDirChanged: boolean;
  /** L4 bytes of the request. Readable on NFS_RESPONSE only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on NFS_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on NFS_RESPONSE only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /**
   * Retransmission timeouts during the request. Readable on NFS_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly reqRTO: number;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /**
   * Milliseconds taken to send the request. Readable on NFS_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly reqTransferTime: number;
  /** Path and file name joined together. */
  readonly resource: string;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on NFS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** L4 bytes of the response. Readable on NFS_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on NFS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on NFS_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Retransmission timeouts during the response. Readable on NFS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspRTO: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on NFS_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds taken to send the response. Readable on NFS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspTransferTime: number;
  /** NFS status. */
  readonly statusCode: string;
  /** Target of a SYMLINK request; null for other requests. */
  readonly symlink: Buffer | null;
  /** Transaction id. */
  readonly txId: number;
  /** Linux user id, as `uid:NNNN`. */
  readonly user: string;
  /** How the sender of the request is verified. */
  readonly verifierMethod: string;
  /** NFS version. */
  readonly version: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const NFS: NFS;
