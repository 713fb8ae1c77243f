/**
 * The `DB` class: Database traffic (MS SQL, Oracle, MySQL, PostgreSQL, DB2, Sybase, …). Events:
 * DB_REQUEST and DB_RESPONSE.
 */

/** One entry of `DB.params`. */
interface DBParam {
  /** Parameter name, when the client sent one. */
  readonly name: string;
  /** A text, integer or date/time value. */
  readonly value: string | number;
}

interface DB extends RequestResponseCounters {
  /** Client application name (MS SQL only). */
  readonly appName: string;
  /** DB2 correlation id; null for other databases. */
  readonly correlationId: number | null;
  /** Database instance; may be unknown, e.g. when the login was encrypted. */
  readonly database: string;
  /** The protocol that encrypted the traffic, e.g. TLS. */
  readonly encryptionProtocol: string;
  /**
   * Error messages of the response in one string. Readable on DB_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly error: string;
  /**
   * Error messages of the response, one per entry. Readable on DB_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly errors: readonly string[];
  /** True when the sensor decrypted the traffic. */
  readonly isDecrypted: boolean;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when the connection closed before the request was complete. */
  readonly isReqAborted: boolean;
  /**
   * True when the connection closed before the response was complete. Readable on DB_RESPONSE only;
   * the engine throws elsewhere.
   */
  readonly isRspAborted: boolean;
  /** Database method, as named in the Database metrics. */
  readonly method: string;
  /** RPC parameters (MS SQL, PostgreSQL and DB2 only). */
  readonly params: readonly DBParam[];
  /** Stored procedure name. */
  readonly procedure: string;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on DB_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on DB_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on DB_RESPONSE only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on DB_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on DB_RESPONSE only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /**
   * Retransmission timeouts during the request. Readable on DB_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly reqRTO: number;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /** Milliseconds from the first to the last byte of the request. */
  readonly reqTimeToLastByte: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on DB_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** L4 bytes of the response. Readable on DB_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on DB_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on DB_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Retransmission timeouts during the response. Readable on DB_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly rspRTO: number;
  /**
   * L7 bytes of the response, protocol headers excluded. Readable on DB_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspSize: number;
  /**
   * Milliseconds from the last request byte to the first response byte. Readable on DB_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly rspTimeToFirstByte: number;
  /**
   * Milliseconds from the first to the last byte of the response. Readable on DB_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspTimeToLastByte: number;
  /** MS SQL server version. */
  readonly serverVersion: string;
  /** Full SQL statement; not available for every method. */
  readonly statement: string;
  /** Table named in the statement (some databases only). */
  readonly table: string;
  /** User name; may be unknown, e.g. when the login was encrypted. */
  readonly user: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 5.2: use {@link DB.processingTime}. */
  readonly tprocess: number;
}

declare const DB: DB;
