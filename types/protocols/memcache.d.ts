/**
 * The `Memcache` class: Memcache requests and responses (text and binary protocol). Events:
 * MEMCACHE_REQUEST and MEMCACHE_RESPONSE.
 */

/** One entry of `Memcache.hits`. */
interface MemcacheHit {
  readonly key: string | null;
  readonly size: number;
}

/** One entry of `Memcache.misses`. */
interface MemcacheMiss {
  readonly key: string | null;
}

interface Memcache extends RequestResponseCounters {
  /**
   * Access time in ms; only when the first key requested was a hit. Readable on MEMCACHE_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly accessTime: number;
  /**
   * Error text recorded by the sensor. Readable on MEMCACHE_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly error: string;
  /**
   * Keys that were hits, with value sizes. Readable on MEMCACHE_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly hits: readonly MemcacheHit[];
  /** True for the binary protocol. */
  readonly isBinaryProtocol: boolean;
  /**
   * True when the request asks for no reply. Readable on MEMCACHE_REQUEST only; the engine throws
   * elsewhere.
   */
  readonly isNoReply: boolean;
  /**
   * True when a later response implied this one (binary protocol). Readable on MEMCACHE_RESPONSE
   * only; the engine throws elsewhere.
   */
  readonly isRspImplicit: boolean;
  /** Memcache method. */
  readonly method: string;
  /** Keys that were misses. Readable on MEMCACHE_RESPONSE only; the engine throws elsewhere. */
  readonly misses: readonly MemcacheMiss[];
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Keys of the request. */
  readonly reqKeys: readonly string[];
  /**
   * Retransmission timeouts during the request. Readable on MEMCACHE_REQUEST only; the engine
   * throws elsewhere.
   */
  readonly reqRTO: number;
  /** L7 bytes of the request, protocol headers excluded. */
  readonly reqSize: number;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /**
   * Retransmission timeouts during the response. Readable on MEMCACHE_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly rspRTO: number;
  /** Status of the response. Readable on MEMCACHE_RESPONSE only; the engine throws elsewhere. */
  readonly statusCode: string;
  /** vbucket, when known (binary protocol). */
  readonly vbucket: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const Memcache: Memcache;
