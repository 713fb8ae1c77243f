/**
 * The `AAA` class: Authentication, authorization and accounting over RADIUS or Diameter. Events: AAA_REQUEST and AAA_RESPONSE.
 */

/** One entry of `AAA.avps`. */
interface AAAAvp {
  readonly avpLength: number;
  readonly id: number;
  readonly isGrouped: boolean;
  readonly name: string;
  readonly vendor: string;
  readonly value: string | number | readonly unknown[];
}

interface AAA {
  /** RADIUS authenticator field. */
  readonly authenticator: string;
  /** Attribute-value pairs of the message. */
  readonly avps: readonly AAAAvp[];
  /** True for a Diameter message. */
  readonly isDiameter: boolean;
  /** True when the response reports an error (see `statusCode`). Readable on AAA_RESPONSE only; the engine throws elsewhere. */
  readonly isError: boolean;
  /** True for a RADIUS message. */
  readonly isRadius: boolean;
  /** True when the connection closed before the response was complete. Readable on AAA_RESPONSE only; the engine throws elsewhere. */
  readonly isRspAborted: boolean;
  /** RADIUS or Diameter command code. */
  readonly method: number;
  /** Server processing time in milliseconds (last request byte to first response byte); NaN when unknown. Readable on AAA_RESPONSE only; the engine throws elsewhere. */
  readonly processingTime: number;
  /** The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or pass it to the global `commitRecord()`. */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. */
  readonly reqBytes: number;
  /** L2 bytes of the request, link-layer headers included. */
  readonly reqL2Bytes: number;
  /** Packets of the request. */
  readonly reqPkts: number;
  /** Retransmission timeouts during the request. Readable on AAA_REQUEST only; the engine throws elsewhere. */
  readonly reqRTO: number;
  /** Zero-window advertisements during the request. */
  readonly reqZeroWnd: number;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** L4 bytes of the response. */
  readonly rspBytes: number;
  /** L2 bytes of the response, link-layer headers included. */
  readonly rspL2Bytes: number;
  /** Packets of the response. */
  readonly rspPkts: number;
  /** Retransmission timeouts during the response. Readable on AAA_RESPONSE only; the engine throws elsewhere. */
  readonly rspRTO: number;
  /** Zero-window advertisements during the response. */
  readonly rspZeroWnd: number;
  /** Diameter Result-Code (AVP 268) as text. Readable on AAA_RESPONSE only; the engine throws elsewhere. */
  readonly statusCode: string;
  /** Diameter hop-by-hop id, or RADIUS message id. */
  readonly txId: number;
  /** Sends the built-in record of this transaction to the recordstore; a record is committed once however often this is called. */
  commitRecord(): void;
  /** @deprecated since 5.0: use {@link AAA.isError}. */
  readonly error: string;
  /** @deprecated since 5.2: use {@link AAA.processingTime}. */
  readonly tprocess: number;
}

declare const AAA: AAA;
