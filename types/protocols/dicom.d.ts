/**
 * The `DICOM` class: Medical imaging traffic (DICOM). Events: DICOM_REQUEST and DICOM_RESPONSE.
 */

interface DICOM extends RequestResponseCounters {
  /** Application entity title of the destination. */
  readonly calledAETitle: string;
  /** Application entity title of the source. */
  readonly callingAETitle: string;
  /** PDV command and data elements of the message. */
  readonly elements: readonly Buffer[];
  /** Error text recorded by the sensor. */
  readonly error: string;
  /**
   * True when the connection closed before the request was complete. Readable on DICOM_REQUEST
   * only; the engine throws elsewhere.
   */
  readonly isReqAborted: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on DICOM_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** True when timing is missing because the main request or response was not seen. */
  readonly isSubOperation: boolean;
  /** DIMSE operations of the message, e.g. N-CREATE-RSP. */
  readonly methods: readonly string[];
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on DICOM_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on DICOM_REQUEST only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /** PDU type of the request. */
  readonly reqPDU: string;
  /**
   * L7 bytes of the request, protocol headers excluded. Readable on DICOM_REQUEST only; the engine
   * throws elsewhere.
   */
  readonly reqSize: number;
  /**
   * Milliseconds taken to send the request. Readable on DICOM_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly reqTransferTime: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on DICOM_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** L4 bytes of the response. Readable on DICOM_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /** PDU type of the response. Readable on DICOM_RESPONSE only; the engine throws elsewhere. */
  readonly rspPDU: string;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on DICOM_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds taken to send the response. Readable on DICOM_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspTransferTime: number;
  /** DICOM version. */
  readonly version: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** The data element with these group and element tags. */
  findElement(groupTag: number, elementTag: number): Buffer;
}

declare const DICOM: DICOM;
