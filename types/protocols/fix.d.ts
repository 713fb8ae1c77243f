/**
 * The `FIX` class: Financial Information eXchange messages. Events: FIX_REQUEST and FIX_RESPONSE.
 */

/** One field of a FIX message; unknown tags keep their number as the name. */
interface FIXField {
  readonly name: string;
  readonly value: string;
}

interface FIX {
  /** Key-value fields of the message, keys translated to names where known. */
  readonly fields: readonly FIXField[];
  /** Message type field. */
  readonly msgType: string;
  /** Server processing time in milliseconds (last request byte to first response byte); NaN when unknown. Readable on FIX_RESPONSE only; the engine throws elsewhere. */
  readonly processingTime: number;
  /** The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or pass it to the global `commitRecord()`. */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. */
  readonly reqBytes: number;
  /** L2 bytes of the request, link-layer headers included. */
  readonly reqL2Bytes: number;
  /** Packets of the request. */
  readonly reqPkts: number;
  /** Retransmission timeouts during the request. */
  readonly reqRTO: number;
  /** Zero-window advertisements during the request. */
  readonly reqZeroWnd: number;
  /** L4 bytes of the response. */
  readonly rspBytes: number;
  /** L2 bytes of the response, link-layer headers included. */
  readonly rspL2Bytes: number;
  /** Packets of the response. */
  readonly rspPkts: number;
  /** Retransmission timeouts during the response. */
  readonly rspRTO: number;
  /** Zero-window advertisements during the response. */
  readonly rspZeroWnd: number;
  /** SenderCompID field. */
  readonly sender: string;
  /** TargetCompID field. */
  readonly target: string;
  /** Protocol version. */
  readonly version: string;
  /** Sends the built-in record of this transaction to the recordstore; a record is committed once however often this is called. */
  commitRecord(): void;
}

declare const FIX: FIX;
