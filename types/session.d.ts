/**
 * The `Session` class: the session table, an in-memory key/value store shared by every trigger on
 * the sensor (not with the console or other sensors) and lost on restart. Entries may be evicted
 * when they expire or when the table grows too large. Any trigger may use it on any event;
 * SESSION_EXPIRE and TIMER_30SEC are the events it brings along.
 *
 * Values are ordinary JavaScript values. The methods take an optional type argument for the stored
 * value (`Session.lookup<number>("hits")`); the table does not check it.
 */

/** Eviction priority; use the `Session.PRIORITY_*` constants. */
type SessionPriority = 0 | 1 | 2;

interface SessionOptions {
  /** Seconds until the entry expires; null or undefined evicts it only under memory pressure. */
  expire?: number | null;
  /** Report the key in `Session.expiredKeys` on SESSION_EXPIRE. Default false. */
  notify?: boolean;
  /** Which entries go first when the table is too large. Default `Session.PRIORITY_NORMAL`. */
  priority?: SessionPriority;
}

/**
 * What the session table can hold: JSON-like data (strings, numbers, booleans, null, arrays,
 * plain objects) and engine objects such as IPAddress, Device, Buffer or Application, nested
 * freely. The engine keeps the value itself, not a serialized copy.
 */
type SessionValue =
  | string
  | number
  | boolean
  | null
  | IPAddress
  | Device
  | Buffer
  | Application
  | readonly SessionValue[]
  | { readonly [key: string]: SessionValue };

/** An entry that expired or was evicted, as listed on SESSION_EXPIRE. */
interface SessionExpiredKey {
  /** Milliseconds between the entry's creation (or last `expire` change) and this event. */
  readonly age: number;
  /** The entry's key. */
  readonly name: string;
  /**
   * The entry's value. The reference lists numbers, strings, IPAddress, booleans and Device; any
   * value a trigger stored can come back, so it is the whole {@link SessionValue} union: narrow it
   * with `typeof` or `instanceof`.
   */
  readonly value: SessionValue;
}

interface Session {
  /** Stores `value` under `key` unless the key exists; returns the stored value either way. */
  add<T>(key: string, value: T, options?: SessionOptions): T;
  /** Options of the entry under `key`. */
  getOptions(key: string): SessionOptions;
  /**
   * Adds `count` (default 1) to the number under `key` and returns the new value; null when the
   * key is missing. Throws when the value is not a number.
   */
  increment(key: string, count?: number): number | null;
  /** Value under `key`, or null when there is none. */
  lookup<T = unknown>(key: string): T | null;
  /**
   * Replaces the value of an existing key and returns the previous one; creates nothing. Options
   * are merged into the old ones; a new `expire` restarts the timer.
   */
  modify<T = unknown>(key: string, value: T, options?: SessionOptions): T | null;
  /** Deletes the entry under `key` and returns its value. */
  remove<T = unknown>(key: string): T | null;
  /**
   * Stores `value` under `key`, creating the entry if needed, and returns the previous value (null
   * when new). Options are merged into the old ones; a new `expire` restarts the timer.
   */
  replace<T = unknown>(key: string, value: T, options?: SessionOptions): T | null;
  /** @deprecated since 3.9: use {@link replace}. */
  update<T = unknown>(key: string, value: T, options?: SessionOptions): T | null;
  /**
   * Entries that expired or were evicted in the last interval. Only on SESSION_EXPIRE; throws
   * elsewhere.
   */
  readonly expiredKeys: readonly SessionExpiredKey[];
  /** Lowest eviction priority (0): evicted first. */
  readonly PRIORITY_LOW: 0;
  /** Default eviction priority (1). */
  readonly PRIORITY_NORMAL: 1;
  /** Highest eviction priority (2): evicted last. */
  readonly PRIORITY_HIGH: 2;
}

declare const Session: Session;
