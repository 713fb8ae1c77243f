/**
 * The Session table (extrahop-api.md §1.6): one key/value table per sensor, shared by all
 * triggers, with per-key expiry on the simulated clock and SESSION_EXPIRE notification.
 */
import type { Clock } from "./clock.ts";
import { apiError, typeError } from "./errors.ts";
import { describe, isObjectLike, jsonCopy } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { isPlainData } from "../runtime/members.ts";

export const SESSION_PRIORITIES = { PRIORITY_LOW: 0, PRIORITY_NORMAL: 1, PRIORITY_HIGH: 2 } as const;

export interface SessionOptions {
  /** Seconds; null or undefined: evicted only under memory pressure. */
  expire: number | null;
  notify: boolean;
  priority: number;
}

export interface ExpiredKey {
  name: string;
  value: unknown;
  /** Milliseconds the key lived. */
  age: number;
}

interface Entry {
  value: unknown;
  options: SessionOptions;
  created: number;
  /** Clock time the expiry counts from (changing `expire` restarts it). */
  timerStart: number;
}

export class SessionTable {
  readonly #entries = new Map<string, Entry>();
  /** Expired keys with notify set, waiting for the next SESSION_EXPIRE. */
  readonly #pending: ExpiredKey[] = [];
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Removes the entries whose expiry has passed; returns the ones that asked to be notified. */
  sweep(): ExpiredKey[] {
    const now = this.#clock.now;
    const notified: ExpiredKey[] = [];
    for (const [name, e] of this.#entries) {
      if (e.options.expire == null || e.timerStart + e.options.expire * 1000 > now) continue;
      this.#entries.delete(name);
      if (e.options.notify) notified.push({ name, value: e.value, age: now - e.created });
    }
    this.#pending.push(...notified);
    return notified;
  }

  /** Takes the keys a SESSION_EXPIRE event reports. */
  drainExpired(): ExpiredKey[] {
    this.sweep();
    return this.#pending.splice(0);
  }

  get size(): number {
    this.sweep();
    return this.#entries.size;
  }

  /** A copy of the table for assertions: key → value. */
  snapshot(): Record<string, unknown> {
    this.sweep();
    const out: Record<string, unknown> = {};
    for (const [k, e] of this.#entries) out[k] = jsonCopy(e.value, "value");
    return out;
  }

  clear(): void {
    this.#entries.clear();
    this.#pending.length = 0;
  }

  get(key: string): Entry | undefined {
    this.sweep();
    return this.#entries.get(key);
  }

  set(key: string, value: unknown, options: SessionOptions, previous?: Entry): void {
    const now = this.#clock.now;
    const restart = !previous || previous.options.expire !== options.expire;
    this.#entries.set(key, {
      value,
      options,
      created: previous?.created ?? now,
      timerStart: restart ? now : previous.timerStart,
    });
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}

const DEFAULT_OPTIONS: SessionOptions = {
  expire: null,
  notify: false,
  priority: SESSION_PRIORITIES.PRIORITY_NORMAL,
};

function checkKey(method: string, key: unknown): string {
  if (typeof key !== "string")
    throw typeError(`Session.${method}: key must be a string, got ${describe(key)}`);
  return key;
}

function mergeOptions(method: string, base: SessionOptions, raw: unknown): SessionOptions {
  if (raw === undefined || raw === null) return base;
  if (!isObjectLike(raw)) throw typeError(`Session.${method}: options must be an object`);
  const out = { ...base };
  if ("expire" in raw && raw.expire !== undefined) {
    if (raw.expire !== null && (typeof raw.expire !== "number" || !(raw.expire >= 0)))
      throw typeError(`Session.${method}: options.expire must be a number of seconds`);
    out.expire = raw.expire as number | null;
  }
  if ("notify" in raw && raw.notify !== undefined) {
    if (typeof raw.notify !== "boolean")
      throw typeError(`Session.${method}: options.notify must be a boolean`);
    out.notify = raw.notify;
  }
  if ("priority" in raw && raw.priority !== undefined) {
    if (raw.priority !== 0 && raw.priority !== 1 && raw.priority !== 2)
      throw typeError(`Session.${method}: options.priority must be a Session.PRIORITY_* constant`);
    out.priority = raw.priority;
  }
  return out;
}

/**
 * Stored values are copies, so a trigger must call modify/replace to change what the table
 * holds. Engine objects (an IPAddress, a Device) are kept as themselves, as the table documents
 * them as values.
 */
function store(env: EngineEnv, method: string, value: unknown): unknown {
  if (value === undefined) throw typeError(`Session.${method}: value is required`);
  const host = env.unwrap(value);
  if (typeof host === "object" && host !== null && !isPlainData(host)) return host;
  return jsonCopy(value, `Session.${method} value`);
}

/** The `Session` global. */
export class SessionGlobal {
  readonly PRIORITY_LOW = SESSION_PRIORITIES.PRIORITY_LOW;
  readonly PRIORITY_NORMAL = SESSION_PRIORITIES.PRIORITY_NORMAL;
  readonly PRIORITY_HIGH = SESSION_PRIORITIES.PRIORITY_HIGH;
  readonly #env: EngineEnv;

  constructor(env: EngineEnv) {
    this.#env = env;
  }

  get #table(): SessionTable {
    return this.#env.sensor.session;
  }

  get expiredKeys(): ExpiredKey[] {
    const { event, expiredKeys } = this.#env.current;
    if (event !== "SESSION_EXPIRE" || !expiredKeys)
      throw apiError(`Session.expiredKeys is only available on SESSION_EXPIRE (this event is ${event})`);
    return expiredKeys;
  }

  add(key: unknown, value: unknown, options?: unknown): unknown {
    const k = checkKey("add", key);
    const existing = this.#table.get(k);
    if (existing) return existing.value;
    const v = store(this.#env, "add", value);
    this.#table.set(k, v, mergeOptions("add", DEFAULT_OPTIONS, options));
    return v;
  }

  lookup(key: unknown): unknown {
    return this.#table.get(checkKey("lookup", key))?.value ?? null;
  }

  getOptions(key: unknown): SessionOptions | null {
    const e = this.#table.get(checkKey("getOptions", key));
    return e ? { ...e.options } : null;
  }

  increment(key: unknown, count: unknown = 1): number | null {
    const k = checkKey("increment", key);
    if (typeof count !== "number") throw typeError("Session.increment: count must be a number");
    const e = this.#table.get(k);
    if (!e) return null;
    if (typeof e.value !== "number")
      throw typeError(`Session.increment: the value of "${k}" is not a number`);
    const next = e.value + count;
    this.#table.set(k, next, e.options, e);
    return next;
  }

  modify(key: unknown, value: unknown, options?: unknown): unknown {
    const k = checkKey("modify", key);
    const e = this.#table.get(k);
    if (!e) return null;
    this.#table.set(k, store(this.#env, "modify", value), mergeOptions("modify", e.options, options), e);
    return e.value;
  }

  replace(key: unknown, value: unknown, options?: unknown): unknown {
    const k = checkKey("replace", key);
    const e = this.#table.get(k);
    this.#table.set(
      k,
      store(this.#env, "replace", value),
      mergeOptions("replace", e?.options ?? DEFAULT_OPTIONS, options),
      e,
    );
    return e ? e.value : null;
  }

  remove(key: unknown): unknown {
    const k = checkKey("remove", key);
    const e = this.#table.get(k);
    if (!e) return null;
    this.#table.delete(k);
    return e.value;
  }
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Session",
    status: "simulated",
    differences: [
      "Values are stored as JSON copies (engine objects such as IPAddress and Device are kept as they are): functions inside stored objects are lost, and changing a looked-up object does not change the table.",
      "Eviction under memory pressure and priorities are not simulated; only `expire` removes keys.",
      "Expiry runs on the harness clock (advance it with `trigger.advance(ms)`), not on wall time.",
    ],
  },
  {
    name: "Session.expiredKeys",
    status: "simulated",
    differences: [
      "Holds the notify keys that expired since the previous SESSION_EXPIRE run of any trigger of the sensor.",
    ],
  },
];
