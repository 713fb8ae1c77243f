/**
 * The `TFTP` class: TFTP transfers. Events: TFTP_REQUESTS and TFTP_RESPONSE.
 */

interface TFTP {
  /** Data blocks read or written. Readable on TFTP_RESPONSE only; the engine throws elsewhere. */
  readonly blocks: number;
  /**
   * Error text recorded by the sensor, or null. Readable on TFTP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly error: string | null;
  /**
   * False when only part of the file was transferred. Readable on TFTP_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly fileComplete: boolean;
  /** Name of the file. */
  readonly filename: string;
  /** Transfer mode, e.g. netascii or octet. */
  readonly mode: string;
  /** `READ` or `WRITE`. */
  readonly operation: string;
  /** First data block of the transfer. */
  readonly payload: Buffer;
  /**
   * Media type detected in the payload. Readable on TFTP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly payloadMediaType: string;
  /**
   * Hex SHA-256 digest of the payload. Readable on TFTP_RESPONSE only; the engine throws elsewhere.
   */
  readonly payloadSHA256: string;
  /** Size of the file in bytes. Readable on TFTP_RESPONSE only; the engine throws elsewhere. */
  readonly size: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const TFTP: TFTP;
