/**
 * The `Redis` class: Redis requests and responses. Events: REDIS_REQUEST and REDIS_RESPONSE.
 */

interface Redis {
  /** Error messages recorded by the sensor. Readable on REDIS_RESPONSE only; the engine throws elsewhere. */
  readonly errors: readonly string[];
  /** True when the connection closed before the request was complete. */
  readonly isReqAborted: boolean;
  /** True when the connection closed before the response was complete. Readable on REDIS_RESPONSE only; the engine throws elsewhere. */
  readonly isRspAborted: boolean;
  /** Redis command, e.g. GET. */
  readonly method: string;
  /** Body of the message. */
  readonly payload: Buffer;
  /** Server processing time in milliseconds (last request byte to first response byte); NaN when unknown. Readable on REDIS_RESPONSE only; the engine throws elsewhere. */
  readonly processingTime: number;
  /** The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or pass it to the global `commitRecord()`. */
  readonly record: ProtocolRecord;
  /** Keys of the request. */
  readonly reqKey: readonly string[];
  /** L4 bytes of the request. */
  readonly reqBytes: number;
  /** L2 bytes of the request, link-layer headers included. */
  readonly reqL2Bytes: number;
  /** Packets of the request. */
  readonly reqPkts: number;
  /** Retransmission timeouts during the request. */
  readonly reqRTO: number;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /** Milliseconds taken to send the request. */
  readonly reqTransferTime: number;
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
  /** Retransmission timeouts during the response. */
  readonly rspRTO: number;
  /** Milliseconds taken to send the response. Readable on REDIS_RESPONSE only; the engine throws elsewhere. */
  readonly rspTransferTime: number;
  /** L7 bytes of the response, protocol headers excluded. Readable on REDIS_RESPONSE only; the engine throws elsewhere. */
  readonly rspSize: number;
  /** Milliseconds from the last request byte to the first response byte. Readable on REDIS_RESPONSE only; the engine throws elsewhere. */
  readonly rspTimeToFirstByte: number;
  /** Milliseconds from the first to the last byte of the response. Readable on REDIS_RESPONSE only; the engine throws elsewhere. */
  readonly rspTimeToLastByte: number;
  /** Zero-window advertisements during the response. */
  readonly rspZeroWnd: number;
  /** Sends the built-in record of this transaction to the recordstore; a record is committed once however often this is called. */
  commitRecord(): void;
}

declare const Redis: Redis;
