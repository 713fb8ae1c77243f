/**
 * The `FTP` class: FTP control-channel commands and replies. Events: FTP_REQUEST and FTP_RESPONSE.
 */

interface FTP extends RequestResponseCounters {
  /** Arguments of the command. Readable on FTP_RESPONSE only; the engine throws elsewhere. */
  readonly args: string;
  /**
   * Working directory when the command was sent. Readable on FTP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly cwd: string;
  /**
   * Error text recorded by the sensor. Readable on FTP_RESPONSE only; the engine throws elsewhere.
   */
  readonly error: string;
  /** Name of the file transferred. */
  readonly filename: string;
  /** True when the connection closed before the request was complete. */
  readonly isReqAborted: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on FTP_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** FTP command. */
  readonly method: string;
  /**
   * Path the command works on; starts with "..." when the sensor lost track. Readable on
   * FTP_RESPONSE only; the engine throws elsewhere.
   */
  readonly path: string;
  /** Media type detected in the payload. */
  readonly payloadMediaType: string | null;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on FTP_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on FTP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on FTP_RESPONSE only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on FTP_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on FTP_RESPONSE only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /**
   * Retransmission timeouts during the request. Readable on FTP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly reqRTO: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on FTP_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** L4 bytes of the response. Readable on FTP_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on FTP_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on FTP_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Retransmission timeouts during the response. Readable on FTP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspRTO: number;
  /** FTP reply code. Readable on FTP_RESPONSE only; the engine throws elsewhere. */
  readonly statusCode: number;
  /**
   * Bytes moved over the data channel. Readable on FTP_RESPONSE only; the engine throws elsewhere.
   */
  readonly transferBytes: number;
  /** User name, when the login was seen. */
  readonly user: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 5.2: use {@link FTP.processingTime}. */
  readonly tprocess: number;
}

declare const FTP: FTP;
