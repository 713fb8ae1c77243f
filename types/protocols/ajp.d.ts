/**
 * The `AJP` class: Apache JServ Protocol traffic between a web server and a servlet container.
 * Events: AJP_REQUEST and AJP_RESPONSE.
 */

interface AJP {
  /**
   * Optional attributes of the request (remote_user, auth_type, ssl_cipher, …). Readable on
   * AJP_REQUEST only; the engine throws elsewhere.
   */
  readonly attributes: { readonly [name: string]: string };
  /** Address of the HTTP client behind the forwarded request; null when unknown. */
  readonly fwdReqClientAddr: IPAddress | null;
  /** Host the HTTP client asked for. */
  readonly fwdReqHost: string;
  /** True when the HTTP client used TLS. */
  readonly fwdReqIsEncrypted: boolean;
  /** Server name of the original HTTP request. */
  readonly fwdReqServerName: string;
  /** TCP port of the original HTTP request. */
  readonly fwdReqServerPort: number;
  /** Request headers on AJP_REQUEST, the headers sent to the browser on AJP_RESPONSE. */
  readonly headers: HTTPHeaders;
  /** HTTP method forwarded to the container. */
  readonly method: string;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on AJP_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /** Protocol of the forwarded request. */
  readonly protocol: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on AJP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on AJP_RESPONSE only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /** L2 bytes of the request, link-layer headers included. */
  readonly reqL2Bytes: number;
  /** Packets of the request. */
  readonly reqPkts: number;
  /** Retransmission timeouts during the request. */
  readonly reqRTO: number;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /** L4 bytes of the response. Readable on AJP_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on AJP_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on AJP_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Retransmission timeouts during the response. Readable on AJP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspRTO: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on AJP_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * HTTP status returned by the container. Readable on AJP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly statusCode: number;
  /** URI forwarded to the container. */
  readonly uri: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** Headers whose names start with `prefix`. */
  findHeaders(prefix: string): HTTPHeader[];
}

declare const AJP: AJP;
