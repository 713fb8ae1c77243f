/**
 * The `DNS` class: DNS queries and answers. Events: DNS_REQUEST and DNS_RESPONSE.
 */

/** One entry of `DNS.answers`. */
interface DNSAnswer {
  /**
   * The record's data: an IPAddress for A and AAAA, text for NS, PTR, CNAME, MX, SRV, SOA and TXT,
   * null for the record types the sensor does not decode.
   */
  readonly data: string | IPAddress | null;
  /** Owner name of the record. */
  readonly name: string;
  /** Time to live, in seconds. */
  readonly ttl: number;
  /** Record type, e.g. `A`. */
  readonly type: string;
  /** Numeric record type. */
  readonly typeNum: number;
}

interface DNS {
  /** Answer records of the response. Readable on DNS_RESPONSE only; the engine throws elsewhere. */
  readonly answers: readonly DNSAnswer[];
  /**
   * IANA name of the response code; OTHER for unknown codes (see `errorNum`). Readable on
   * DNS_RESPONSE only; the engine throws elsewhere.
   */
  readonly error: string;
  /** Numeric response code. Readable on DNS_RESPONSE only; the engine throws elsewhere. */
  readonly errorNum: number;
  /**
   * True when DNSSEC validated the response. Readable on DNS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly isAuthenticData: boolean;
  /**
   * True when the answer is authoritative. Readable on DNS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly isAuthoritative: boolean;
  /**
   * True when the client accepts unauthenticated answers. Readable on DNS_REQUEST only; the engine
   * throws elsewhere.
   */
  readonly isCheckingDisabled: boolean;
  /** True when the name looks machine-generated (DGA), as some malware uses. */
  readonly isDGADomain: boolean | null;
  /**
   * True when the server offers recursion. Readable on DNS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly isRecursionAvailable: boolean;
  /**
   * True when the client asks for recursion. Readable on DNS_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly isRecursionDesired: boolean;
  /**
   * True when the request got no answer in time. Readable on DNS_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly isReqTimeout: boolean;
  /**
   * True when the response was truncated. Readable on DNS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly isRspTruncated: boolean;
  /** IANA name of the operation code. */
  readonly opcode: string;
  /** Numeric operation code. */
  readonly opcodeNum: number;
  /** Raw bytes of the message. */
  readonly payload: Buffer;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on DNS_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /** Name asked about; null for UPDATE messages. */
  readonly qname: string | null;
  /** Record type asked for (IANA name, OTHER when unknown); null for UPDATE messages. */
  readonly qtype: string | null;
  /** Numeric record type asked for; null for UPDATE messages. */
  readonly qtypeNum: number | null;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on DNS_REQUEST only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on DNS_REQUEST only; the engine
   * throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on DNS_REQUEST only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /** L4 bytes of the response. Readable on DNS_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /** Zero-window advertisements during the request. */
  readonly reqZeroWnd: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on DNS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on DNS_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /** Zero-window advertisements during the response. */
  readonly rspZeroWnd: number;
  /** Transaction id. */
  readonly txId: number;
  /** Zone being updated; null unless the opcode is UPDATE. */
  readonly zname: string | null;
  /** Type of the zone being updated; null unless the opcode is UPDATE. */
  readonly ztype: string | null;
  /** Numeric type of the zone being updated; null unless the opcode is UPDATE. */
  readonly ztypeNum: number | null;
  /** @deprecated since 5.2: use {@link DNS.processingTime}. */
  readonly tprocess: number;
  /**
   * True when an answer holds `term`: a string is matched against names and data, an address
   * against data only. Callable on DNS_RESPONSE only; the engine throws elsewhere.
   */
  answersInclude(term: string | IPAddress): boolean;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const DNS: DNS;
