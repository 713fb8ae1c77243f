/**
 * The `LLMNR` class: Link-Local Multicast Name Resolution. Events: LLMNR_REQUEST and
 * LLMNR_RESPONSE.
 */

/** The shape of `LLMNR.answer`. */
interface LLMNRAnswer {
  readonly data: string | IPAddress | null;
  readonly name: string;
  readonly ttl: number;
  readonly type: string;
}

interface LLMNR {
  /**
   * Answer record of the response. Readable on LLMNR_RESPONSE only; the engine throws elsewhere.
   */
  readonly answer: LLMNRAnswer;
  /**
   * Name of the response code; OTHER when unknown. Readable on LLMNR_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly error: string;
  /** Numeric response code. Readable on LLMNR_RESPONSE only; the engine throws elsewhere. */
  readonly errorNum: number;
  /** Name of the operation code. */
  readonly opcode: string;
  /** Numeric operation code. */
  readonly opcodeNum: number;
  /** Host name asked about. */
  readonly qname: string;
  /** Record type asked for; OTHER when unknown. */
  readonly qtype: string;
  /** Numeric record type asked for. */
  readonly qtypeNum: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on LLMNR_REQUEST only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on LLMNR_REQUEST only; the
   * engine throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on LLMNR_REQUEST only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /** L4 bytes of the response. Readable on LLMNR_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on LLMNR_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on LLMNR_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const LLMNR: LLMNR;
