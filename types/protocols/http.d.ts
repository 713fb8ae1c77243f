/**
 * The `HTTP` class, on HTTP_REQUEST and HTTP_RESPONSE. Many properties may be read only on
 * HTTP_RESPONSE (noted per property); the engine throws elsewhere, which types cannot express.
 */

/** One header as it appeared on the wire. */
interface HTTPHeader {
  readonly name: string;
  readonly value: string;
}

/**
 * The request's or response's headers, array-like: `headers.length` and `headers[i]` (a
 * {@link HTTPHeader}, in wire order) walk them all; `headers["X-Session-Id"]` or `headers.accept`
 * looks one up by name, ignoring case, giving the first value or null when the header is absent.
 * (The `length` key always means the count; a header named Length is still reachable by index.)
 */
type HTTPHeaders = { readonly [name: string]: string | null } & {
  readonly length: number;
  readonly [index: number]: HTTPHeader;
};

/** One part of a multipart body. */
interface HTTPPayloadPart {
  readonly headers: HTTPHeaders;
  /** Hex SHA-256 of the part's payload, without delimiters. */
  readonly payloadSHA256: string;
  /** Media type of the part, or null when unknown. */
  readonly payloadMediaType: string | null;
  readonly payload: Buffer;
  /** Size of the payload in bytes. */
  readonly size: number;
  /** File name from the part's Content-Disposition header. */
  readonly filename: string;
}

/** A cookie, with its attributes (`domain`, `expires`, …) as properties. */
interface HTTPCookie {
  readonly [attribute: string]: unknown;
}

/** Fields of the built-in HTTP record (HTTP_RESPONSE only); extend it before `commitRecord()`. */
interface HTTPRecord extends ProtocolRecord {}

interface HTTP {
  /**
   * Commits the built-in record. Called on HTTP_REQUEST, the record is written when the response
   * arrives; one record per transaction however often it is called.
   */
  commitRecord(): void;
  /** Headers whose names start with `prefix`, as a real array. */
  findHeaders(prefix: string): HTTPHeader[];
  /** Parses a query string into names and values; a repeated name gives an array of values. */
  parseQuery(query: string): { [name: string]: string | string[] };

  /**
   * Milliseconds from the first request byte to the last byte seen (request or response); NaN when
   * unknown.
   */
  readonly age: number;
  /** Value of the Content-Type header. */
  readonly contentType: string;
  readonly cookies: readonly HTTPCookie[];
  /** Protocol the transaction is encrypted with. */
  readonly encryptionProtocol: string;
  /** Name of the transferred file, or null when no file was transferred. */
  readonly filename: string | null;
  readonly headers: HTTPHeaders;
  /** The header block exactly as received. */
  readonly headersRaw: string;
  /** Value of the Host header. */
  readonly host: string;
  /** True when the client reset the HTTP/2 stream. */
  readonly isClientReset: boolean;
  /** True after an `Expect: 100-continue` exchange (HTTP/1.1). */
  readonly isContinued: boolean;
  readonly isDecrypted: boolean;
  /** True when the parser lost sync because packets were missing. */
  readonly isDesync: boolean;
  /** True when the transaction went over HTTPS. */
  readonly isEncrypted: boolean;
  readonly isPipelined: boolean;
  readonly isReqAborted: boolean;
  /** HTTP_RESPONSE only. */
  readonly isRspAborted: boolean;
  /** HTTP_RESPONSE only. */
  readonly isRspChunked: boolean;
  /** HTTP_RESPONSE only. */
  readonly isRspCompressed: boolean;
  readonly isServerPush: boolean;
  /** True when the server reset the HTTP/2 stream. */
  readonly isServerReset: boolean;
  /** True when the request contained suspected SQL injection fragments (see {@link sqli}). */
  readonly isSQLi: boolean;
  /** True when the request contained suspected cross-site scripting (see {@link xss}). */
  readonly isXSS: boolean;
  /** JA4H client fingerprint. */
  readonly ja4HTTP: string;
  /** Request method, e.g. `GET`. */
  readonly method: string;
  readonly oauthBearerToken: string;
  /** Value of the X-Forwarded-For or True-Client-IP header. */
  readonly origin: IPAddress | string;
  /** Path part of the URI. */
  readonly path: string;
  /**
   * The first bytes of the body (decompressed), as many as the trigger's payload-bytes option
   * allows (2048 by default); null when there is none.
   */
  readonly payload: Buffer | null;
  /** Parts of a multipart body, or null when the body is not multipart. */
  readonly payloadParts: readonly HTTPPayloadPart[] | null;
  /** Server processing time in ms; NaN when unknown. HTTP_RESPONSE only. */
  readonly processingTime: number;
  /** Query string of the URI. */
  readonly query: string;
  /** The built-in record. HTTP_RESPONSE only. */
  readonly record: HTTPRecord;
  /** Value of the Referer header. */
  readonly referer: string;
  /** HTTP_RESPONSE only. */
  readonly reqBytes: number;
  /** HTTP_RESPONSE only. */
  readonly reqL2Bytes: number;
  /** HTTP_RESPONSE only. */
  readonly reqPkts: number;
  /** HTTP_RESPONSE only. */
  readonly reqRTO: number;
  /** L7 request bytes, headers excluded. */
  readonly reqSize: number;
  readonly reqTimeToLastByte: number;
  readonly reqZeroWnd: number;
  /** Median round-trip time in ms; NaN without samples. HTTP_RESPONSE only. */
  readonly roundTripTime: number;
  /** HTTP_RESPONSE only. */
  readonly rspBytes: number;
  /** HTTP_RESPONSE only. */
  readonly rspL2Bytes: number;
  /** HTTP_RESPONSE only. */
  readonly rspPkts: number;
  /** HTTP_RESPONSE only. */
  readonly rspRTO: number;
  /** L7 response bytes, headers excluded. HTTP_RESPONSE only. */
  readonly rspSize: number;
  /** HTTP_RESPONSE only. */
  readonly rspTimeToFirstHeader: number;
  /** HTTP_RESPONSE only. */
  readonly rspTimeToFirstPayload: number;
  /** HTTP_RESPONSE only. */
  readonly rspTimeToLastByte: number;
  /** HTTP version of the response. HTTP_RESPONSE only. */
  readonly rspVersion: string;
  readonly rspZeroWnd: number;
  /** Raw XML of a SAML request, or null. */
  readonly samlRequestXML: Buffer | null;
  /** Raw XML of a SAML response, or null. */
  readonly samlResponseXML: Buffer | null;
  /** Suspected SQL injection fragments of the request. */
  readonly sqli: readonly string[];
  /** Response status code; 0 when no valid response arrived. HTTP_RESPONSE only. */
  readonly statusCode: number;
  /** HTTP/2 stream id; 1 for an HTTP/1.1 upgrade request, null for older versions. */
  readonly streamId: number | null;
  /** Milliseconds between the server's response and the client's next request; NaN when unknown. */
  readonly thinkTime: number;
  /** Content of the HTML title element, if any. */
  readonly title: string;
  /** The URI without the query string. */
  readonly uri: string;
  /** Value of the User-Agent header. */
  readonly userAgent: string;
  /** Suspected cross-site scripting fragments of the request. */
  readonly xss: readonly string[];
  /** @deprecated since 4.0: use {@link HTTP.payload}. */
  readonly payloadText: string;
  /** @deprecated since 5.2: use {@link HTTP.processingTime}. */
  readonly tprocess: number;
}

/** The HTTP transaction of the running HTTP_REQUEST or HTTP_RESPONSE event. */
declare const HTTP: HTTP;
