/**
 * How a harness (host) value looks to trigger code, whatever the runtime: plain data is copied,
 * anything else is an engine object whose public fields, methods and getters are bridged.
 * Private (#) members stay invisible.
 */
const OBJECT_PROTO = Object.prototype;

/**
 * Arrays and object literals, of this realm or the trigger's: data, copied when it crosses.
 * (An object literal's prototype is its realm's Object.prototype, whose own prototype is null;
 * class instances have one more link.)
 */
export function isPlainData(v: object): boolean {
  if (Array.isArray(v)) return true;
  const p = Object.getPrototypeOf(v);
  return p === null || Object.getPrototypeOf(p) === null;
}

export type EngineMember =
  | { kind: "field"; name: string; value: unknown }
  | { kind: "method"; name: string; fn: (...args: unknown[]) => unknown }
  | { kind: "getter"; name: string; get: () => unknown };

/** The members of an engine object: own public fields, then methods and getters of its classes. */
export function engineMembers(host: object): EngineMember[] {
  const out: EngineMember[] = [];
  const seen = new Set<string>();
  for (const name of Object.keys(host)) {
    seen.add(name);
    const value = (host as Record<string, unknown>)[name];
    out.push(
      typeof value === "function"
        ? { kind: "method", name, fn: value as (...args: unknown[]) => unknown }
        : { kind: "field", name, value },
    );
  }
  for (
    let proto = Object.getPrototypeOf(host);
    proto && proto !== OBJECT_PROTO;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === "constructor" || seen.has(name)) continue;
      seen.add(name);
      const d = Object.getOwnPropertyDescriptor(proto, name)!;
      if (d.get) out.push({ kind: "getter", name, get: d.get.bind(host) });
      else if (typeof d.value === "function") out.push({ kind: "method", name, fn: d.value });
    }
  }
  return out;
}

/** The class name trigger code knows the object by, for "X.y is read-only" messages. */
export function ownerName(host: object): string {
  return (host.constructor?.name ?? "object").replace(/Global$/, "");
}
