/**
 * Hands harness (host) values to trigger code in the vm context. Engine objects become objects
 * of the context's realm whose methods call the host; plain data is copied into the realm (so
 * `instanceof Array` and `toStrictEqual` behave); engine errors become the realm's own errors.
 */
import { EngineError } from "../engine/errors.ts";
import { ReadOnlyData } from "../engine/read-only.ts";
import { MutableStore } from "../engine/stores.ts";
import { engineMembers, isPlainData, ownerName } from "./members.ts";
import type { VmPrelude } from "./realm.ts";

export class VmBridge {
  readonly #realm: VmPrelude;
  readonly #exposed = new WeakMap<object, unknown>();
  readonly #host = new WeakMap<object, object>();

  constructor(realm: VmPrelude) {
    this.#realm = realm;
  }

  /** The host object behind a value the trigger passed back, or the value itself. */
  unwrap(v: unknown): unknown {
    return typeof v === "object" && v !== null ? (this.#host.get(v) ?? v) : v;
  }

  expose(v: unknown): unknown {
    if (v === null || (typeof v !== "object" && typeof v !== "function")) return v;
    const hit = this.#exposed.get(v);
    if (hit !== undefined) return hit;
    if (typeof v === "function")
      return this.#remember(v, this.#wrapFunction(v as (...a: unknown[]) => unknown, undefined));
    if (v instanceof ReadOnlyData)
      return this.#remember(
        v,
        v.isPureData
          ? this.#realm.readOnly(v.className, v.json, JSON.stringify(v.unavailable))
          : this.#readOnlyDeep(v.className, v.data, v.unavailable),
      );
    // Flow.store: one writable object of the realm per store, kept as long as the context.
    if (v instanceof MutableStore) return this.#remember(v, this.#copy(v.data));
    if (this.#isRealmValue(v)) return v;
    if (isPlainData(v)) return this.#copy(v);
    return this.#remember(v, this.#wrapObject(v));
  }

  /** A host error as the realm's error; a realm error (thrown by trigger code) stays as it is. */
  realmError(e: unknown): unknown {
    if (e instanceof EngineError) return new this.#realm[e.kind](e.message);
    if (e instanceof TypeError) return new this.#realm.TypeError(e.message);
    if (e instanceof RangeError) return new this.#realm.RangeError(e.message);
    if (e instanceof Error) return new this.#realm.Error(`ehtrig harness: ${e.message}`);
    return e;
  }

  #isRealmValue(v: object): boolean {
    return v instanceof this.#realm.Object;
  }

  #remember<T>(host: object, exposed: T): T {
    this.#exposed.set(host, exposed);
    if (typeof exposed === "object" && exposed !== null) this.#host.set(exposed, host);
    else if (typeof exposed === "function") this.#host.set(exposed, host);
    return exposed;
  }

  /** Plain data: a fresh copy in the realm each time (the trigger may change its copy). */
  #copy(v: object): unknown {
    if (Array.isArray(v)) {
      const out = new this.#realm.Array();
      for (const item of v) out.push(this.expose(item));
      return out;
    }
    const out = new this.#realm.Object() as Record<string, unknown>;
    for (const k of Object.keys(v)) out[k] = this.expose((v as Record<string, unknown>)[k]);
    return out;
  }

  #wrapFunction(fn: (...a: unknown[]) => unknown, self: unknown): unknown {
    const bridge = this;
    const wrapper = function (...args: unknown[]) {
      let result: unknown;
      try {
        // Engine objects the trigger passes back (a Buffer to equals(), md5()) arrive as themselves.
        for (let i = 0; i < args.length; i++)
          if (typeof args[i] === "object") args[i] = bridge.unwrap(args[i]);
        result = fn.apply(self, args);
      } catch (e) {
        throw bridge.realmError(e);
      }
      return bridge.expose(result);
    };
    this.#adopt(wrapper);
    // Remote.HTTP is a function with the default target's methods on it.
    for (const k of Object.keys(fn)) {
      Object.defineProperty(wrapper, k, {
        enumerable: true,
        value: this.expose((fn as unknown as Record<string, unknown>)[k]),
      });
    }
    return wrapper;
  }

  /**
   * Gives a host function the context's Function.prototype. Otherwise its `constructor` is the
   * host's Function, which compiles strings (getting round the eval ban) in a realm that has
   * `process` and `require`.
   */
  #adopt<F extends (...a: never[]) => unknown>(fn: F): F {
    Object.setPrototypeOf(fn, this.#realm.Function.prototype);
    return fn;
  }

  #wrapObject(host: object): object {
    const out = new this.#realm.Object();
    const owner = ownerName(host);
    for (const m of engineMembers(host)) {
      if (m.kind === "field")
        Object.defineProperty(out, m.name, { enumerable: true, value: this.expose(m.value) });
      else if (m.kind === "method")
        Object.defineProperty(out, m.name, { enumerable: true, value: this.#wrapFunction(m.fn, host) });
      else
        Object.defineProperty(out, m.name, {
          enumerable: true,
          get: this.#adopt(() => {
            try {
              return this.expose(m.get());
            } catch (e) {
              throw this.realmError(e);
            }
          }),
          set: this.#adopt(() => {
            throw new this.#realm.TypeError(`${owner}.${m.name} is read-only`);
          }),
        });
    }
    return out;
  }

  /** A read-only snapshot of data that holds engine objects: plain parts frozen, engine objects bridged. */
  #readOnlyDeep(owner: string, v: unknown, unavailable: Readonly<Record<string, string>> = {}): unknown {
    if (v === null || typeof v !== "object" || !isPlainData(v)) return this.expose(v);
    if (Array.isArray(v)) {
      const out = new this.#realm.Array();
      for (const item of v) out.push(this.#readOnlyDeep(owner, item));
      return Object.freeze(out);
    }
    const out = new this.#realm.Object();
    for (const [k, message] of Object.entries(unavailable)) {
      Object.defineProperty(out, k, {
        get: this.#adopt(() => {
          throw new this.#realm.Error(message);
        }),
      });
    }
    for (const [k, value] of Object.entries(v)) {
      if (Object.prototype.hasOwnProperty.call(unavailable, k)) continue;
      const child = this.#readOnlyDeep(owner, value);
      Object.defineProperty(out, k, {
        enumerable: true,
        get: this.#adopt(() => child),
        set: this.#adopt(() => {
          throw new this.#realm.TypeError(`${owner}.${k} is read-only`);
        }),
      });
    }
    return Object.freeze(out);
  }
}
