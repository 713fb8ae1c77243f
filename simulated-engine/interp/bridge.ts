/**
 * Hands harness (host) values to code running in JS-Interpreter: engine objects become pseudo
 * objects with native methods and getters, plain data is copied, engine errors are thrown as the
 * interpreter's own errors. Mirrors runtime/vm-bridge.ts for the other engine.
 */
// @ts-expect-error: js-interpreter ships no type declarations.
import Interpreter from "js-interpreter";
import { EngineError } from "../engine/errors.ts";
import { ReadOnlyData } from "../engine/read-only.ts";
import { MutableStore } from "../engine/stores.ts";
import { engineMembers, isPlainData, ownerName } from "../runtime/members.ts";

/** The parts of JS-Interpreter's API the bridge uses. */
export interface Interp {
  REGEXP_MODE: number;
  OBJECT: Pseudo;
  ARRAY: Pseudo;
  ERROR: Pseudo;
  TYPE_ERROR: Pseudo;
  REFERENCE_ERROR: Pseudo;
  RANGE_ERROR: Pseudo;
  createObjectProto(proto: Pseudo): Pseudo;
  createNativeFunction(fn: (...args: unknown[]) => unknown, isConstructor?: boolean): Pseudo;
  setProperty(obj: Pseudo, name: string, value: unknown, descriptor?: object): void;
  nativeToPseudo(v: unknown): unknown;
  pseudoToNative(v: unknown): unknown;
  throwException(errorClass: Pseudo, message?: string): never;
  appendCode(code: unknown): void;
  step(): boolean;
  run(): boolean;
}
/** The descriptor of an array's `length`, as the interpreter's own arrays have it. */
const ARRAY_LENGTH = { configurable: false, enumerable: false, writable: true, value: 0 };

export type Pseudo = { properties: Record<string, unknown>; class?: string; proto?: Pseudo } & object;

export class InterpreterBridge {
  readonly #interp: Interp;
  readonly #exposed = new WeakMap<object, unknown>();
  readonly #host = new WeakMap<object, object>();
  /** Stores this run exposed, with the writable object the script sees. */
  readonly #stores: Array<[MutableStore, unknown]> = [];

  constructor(interp: Interp) {
    this.#interp = interp;
  }

  /** A value the trigger passed in, as host data; bridged engine objects come back as themselves. */
  unwrap(v: unknown): unknown {
    return this.#toHost(v, false);
  }

  /**
   * unwrap(), and what a store keeps (`forStore`): functions, and the properties holding them,
   * are dropped, as the engine's stores keep data only.
   */
  #toHost(v: unknown, forStore: boolean): unknown {
    if (typeof v !== "object" || v === null) return v;
    const host = this.#host.get(v);
    if (host) return host;
    const p = v as Pseudo & { getter?: Record<string, unknown> };
    if (!p.properties || p.class === "Function") return forStore ? undefined : v;
    if (p.class === "Array") {
      const out: unknown[] = [];
      const len = Number(p.properties.length ?? 0);
      for (let n = 0; n < len; n++) out.push(this.#toHost(p.properties[n], forStore));
      return out;
    }
    if (p.class === "Date" || p.class === "RegExp") return this.#interp.pseudoToNative(v);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(p.properties)) {
      const item = this.#toHost(this.#read(p, k), forStore);
      if (!forStore || item !== undefined) out[k] = item;
    }
    return out;
  }

  /**
   * A property of a pseudo object. Read-only snapshots (Flow.client, …) hold accessors, whose
   * slot in `properties` is only a placeholder: call the getter, as the script would.
   */
  #read(p: Pseudo & { getter?: Record<string, unknown> }, k: string): unknown {
    const getter = p.getter?.[k] as { nativeFunc?: (this: unknown) => unknown } | undefined;
    return getter?.nativeFunc ? getter.nativeFunc.call(p) : p.properties[k];
  }

  /**
   * Writes what the script left in each store back to the harness: the interpreter starts every
   * run afresh, so the next run's store is built from this copy (functions in it are dropped).
   */
  saveStores(): void {
    for (const [store, pseudo] of this.#stores) {
      // The pseudo object itself maps back to the store: copy its properties, not it.
      const props = (pseudo as Pseudo).properties;
      const data: Record<string, unknown> = {};
      for (const k of Object.keys(props)) {
        const item = this.#toHost(props[k], true);
        if (item !== undefined) data[k] = item;
      }
      store.data = data;
    }
  }

  expose(v: unknown): unknown {
    if (v === null || (typeof v !== "object" && typeof v !== "function")) return v;
    const hit = this.#exposed.get(v);
    if (hit !== undefined) return hit;
    if (typeof v === "function")
      return this.#remember(v, this.#wrapFunction(v as (...a: unknown[]) => unknown, undefined));
    if (v instanceof ReadOnlyData)
      return this.#remember(v, this.#readOnlyDeep(v.className, v.data, v.unavailable));
    if (v instanceof MutableStore) {
      const copy = this.#copy(v.data);
      this.#stores.push([v, copy]);
      return this.#remember(v, copy);
    }
    if (isPlainData(v)) return this.#copy(v);
    return this.#remember(v, this.#wrapObject(v));
  }

  #throw(e: unknown): never {
    const i = this.#interp;
    if (e instanceof EngineError) {
      const cls = {
        Error: i.ERROR,
        TypeError: i.TYPE_ERROR,
        ReferenceError: i.REFERENCE_ERROR,
        RangeError: i.RANGE_ERROR,
      }[e.kind];
      i.throwException(cls, e.message);
    }
    if (e instanceof TypeError) i.throwException(i.TYPE_ERROR, e.message);
    if (e instanceof RangeError) i.throwException(i.RANGE_ERROR, e.message);
    if (e instanceof Error && e.message) i.throwException(i.ERROR, `ehtrig harness: ${e.message}`);
    throw e; // Interpreter.STEP_ERROR and friends: let the interpreter handle them.
  }

  #remember<T>(host: object, exposed: T): T {
    this.#exposed.set(host, exposed);
    if (typeof exposed === "object" && exposed !== null) this.#host.set(exposed, host);
    return exposed;
  }

  #copy(v: object): unknown {
    const i = this.#interp;
    if (Array.isArray(v)) {
      const out = i.createObjectProto(i.ARRAY.properties.prototype as Pseudo);
      (out as Pseudo).class = "Array";
      // As the interpreter makes arrays: a non-enumerable length that index writes keep up to
      // date (an enumerable one breaks JSON.stringify of the copy).
      i.setProperty(out, "length", Interpreter.VALUE_IN_DESCRIPTOR, ARRAY_LENGTH);
      v.forEach((item, n) => i.setProperty(out, String(n), this.expose(item)));
      return out;
    }
    const out = i.createObjectProto(i.OBJECT.properties.prototype as Pseudo);
    for (const k of Object.keys(v)) i.setProperty(out, k, this.expose((v as Record<string, unknown>)[k]));
    return out;
  }

  #wrapFunction(fn: (...a: unknown[]) => unknown, self: unknown): Pseudo {
    const bridge = this;
    const native = function (...args: unknown[]) {
      let result: unknown;
      try {
        result = fn.apply(
          self,
          args.map((a) => bridge.unwrap(a)),
        );
      } catch (e) {
        bridge.#throw(e);
      }
      return bridge.expose(result);
    };
    const out = this.#interp.createNativeFunction(native, true);
    for (const k of Object.keys(fn)) {
      this.#interp.setProperty(out, k, this.expose((fn as unknown as Record<string, unknown>)[k]));
    }
    return out;
  }

  #wrapObject(host: object): Pseudo {
    const i = this.#interp;
    const out = i.createObjectProto(i.OBJECT.properties.prototype as Pseudo);
    const owner = ownerName(host);
    // The interpreter turns objects into strings with their host-level toString, never calling
    // an interpreted or native one: give engine objects that print (IPAddress, Device) theirs.
    if ((host as { toString(): string }).toString !== Object.prototype.toString)
      (out as { toString(): string }).toString = () => String(host);
    for (const m of engineMembers(host)) {
      if (m.kind === "field")
        i.setProperty(out, m.name, this.expose(m.value), Interpreter.READONLY_DESCRIPTOR);
      else if (m.kind === "method")
        i.setProperty(out, m.name, this.#wrapFunction(m.fn, host), Interpreter.READONLY_DESCRIPTOR);
      else {
        const getter = i.createNativeFunction(() => {
          try {
            return this.expose(m.get());
          } catch (e) {
            return this.#throw(e);
          }
        });
        const setter = i.createNativeFunction(() =>
          i.throwException(i.TYPE_ERROR, `${owner}.${m.name} is read-only`),
        );
        i.setProperty(out, m.name, Interpreter.VALUE_IN_DESCRIPTOR, {
          get: getter,
          set: setter,
          enumerable: true,
          configurable: false,
        });
      }
    }
    return out;
  }

  /** Mirrors the vm bridge: a read-only snapshot of data that holds engine objects. */
  #readOnlyDeep(owner: string, v: unknown, unavailable: Readonly<Record<string, string>> = {}): unknown {
    if (v === null || typeof v !== "object" || !isPlainData(v)) return this.expose(v);
    const i = this.#interp;
    if (Array.isArray(v)) {
      const out = i.createObjectProto(i.ARRAY.properties.prototype as Pseudo);
      (out as Pseudo).class = "Array";
      i.setProperty(out, "length", Interpreter.VALUE_IN_DESCRIPTOR, ARRAY_LENGTH);
      v.forEach((item, n) =>
        i.setProperty(out, String(n), this.#readOnlyDeep(owner, item), Interpreter.READONLY_DESCRIPTOR),
      );
      i.setProperty(out, "length", Interpreter.VALUE_IN_DESCRIPTOR, {
        ...ARRAY_LENGTH,
        writable: false,
        value: v.length,
      });
      (out as { preventExtensions?: boolean }).preventExtensions = true;
      return out;
    }
    const out = i.createObjectProto(i.OBJECT.properties.prototype as Pseudo);
    for (const [k, message] of Object.entries(unavailable)) {
      const thrower = i.createNativeFunction(() => i.throwException(i.ERROR, message));
      i.setProperty(out, k, Interpreter.VALUE_IN_DESCRIPTOR, { get: thrower });
    }
    for (const [k, value] of Object.entries(v)) {
      if (Object.prototype.hasOwnProperty.call(unavailable, k)) continue;
      const child = this.#readOnlyDeep(owner, value);
      const getter = i.createNativeFunction(() => child);
      const setter = i.createNativeFunction(() =>
        i.throwException(i.TYPE_ERROR, `${owner}.${k} is read-only`),
      );
      i.setProperty(out, k, Interpreter.VALUE_IN_DESCRIPTOR, { get: getter, set: setter, enumerable: true });
    }
    (out as { preventExtensions?: boolean }).preventExtensions = true;
    return out;
  }
}
