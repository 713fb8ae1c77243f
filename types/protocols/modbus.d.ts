/**
 * The `Modbus` class: Modbus TCP requests and responses. Events: MODBUS_REQUEST and
 * MODBUS_RESPONSE.
 */

interface Modbus extends RequestResponseCounters {
  /**
   * Error text recorded by the sensor. Readable on MODBUS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly error: string;
  /** Function code. */
  readonly functionId: number;
  /** Name of the function code. */
  readonly functionName: string;
  /** True when the connection closed before the request was complete. */
  readonly isReqAborted: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on MODBUS_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** Body of the message. */
  readonly payload: Buffer;
  /** Offset of the payload in the resource, in bytes. */
  readonly payloadOffset: number;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on MODBUS_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on MODBUS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on MODBUS_RESPONSE only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on MODBUS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on MODBUS_RESPONSE only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /**
   * Retransmission timeouts during the request. Readable on MODBUS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly reqRTO: number;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /** Milliseconds taken to send the request. */
  readonly reqTransferTime: number;
  /**
   * Zero-window advertisements during the request. Readable on MODBUS_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly reqZeroWnd: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on MODBUS_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on MODBUS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on MODBUS_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Retransmission timeouts during the response. Readable on MODBUS_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspRTO: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on MODBUS_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds taken to send the response. Readable on MODBUS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspTransferTime: number;
  /**
   * Zero-window advertisements during the response. Readable on MODBUS_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspZeroWnd: number;
  /**
   * Exception code of the response. Readable on MODBUS_RESPONSE only; the engine throws elsewhere.
   */
  readonly statusCode: number;
  /** Transaction id. */
  readonly txId: number;
  /** Unit id of the responding server. */
  readonly unitId: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const Modbus: Modbus;
