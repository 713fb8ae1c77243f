/**
 * The `WSMAN` class: WS-Management (WinRM) requests and responses. Events: WSMAN_REQUEST and
 * WSMAN_RESPONSE.
 */

interface WSMAN {
  /** Command line of the request, or null. */
  readonly commandLine: string | null;
  /** The protocol that encrypted the traffic, e.g. TLS. */
  readonly encryptionProtocol: string;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when the sensor decrypted the traffic. */
  readonly isDecrypted: boolean;
  /** Operation id. */
  readonly operationId: string;
  /** XML envelope of the message, cut at the maximum size. */
  readonly payload: Buffer;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on WSMAN_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** Action the client asks for. Readable on WSMAN_REQUEST only; the engine throws elsewhere. */
  readonly reqAction: string;
  /** Command of the request, or null. */
  readonly reqCommand: string | null;
  /** URI of the resource asked to act. */
  readonly reqResourceURI: string;
  /**
   * Action of the server's response. Readable on WSMAN_RESPONSE only; the engine throws elsewhere.
   */
  readonly rspAction: string;
  /** URI of the resource in the response. */
  readonly rspResourceURI: string;
  /** Message id within the operation (a 64-bit number as text). */
  readonly sequenceId: string;
  /** Account that sent the request. */
  readonly user: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const WSMAN: WSMAN;
