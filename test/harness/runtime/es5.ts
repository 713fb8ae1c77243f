/**
 * What the trigger's context may NOT have: every ES2015+ global, static method and prototype
 * method V8 ships. The engine's language level is undocumented (see extrahop-api.md §1.1), so
 * the harness is strict: if it is not in ES5, it is not there. One list, used by the vm context
 * and checked against the interpreter engine in tests.
 */

/** Global bindings removed from the context. */
export const NON_ES5_GLOBALS: readonly string[] = [
  "globalThis",
  "console",
  "Promise",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "WeakRef",
  "FinalizationRegistry",
  "Symbol",
  "Reflect",
  "Proxy",
  "BigInt",
  "AggregateError",
  "SuppressedError",
  "DisposableStack",
  "AsyncDisposableStack",
  "Iterator",
  "Intl",
  "ArrayBuffer",
  "SharedArrayBuffer",
  "Atomics",
  "WebAssembly",
  "DataView",
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float16Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
];

/** Members removed from ES5 built-ins: "Owner.member" or "Owner.prototype.member". */
export const NON_ES5_MEMBERS: readonly string[] = [
  ...[
    "assign",
    "is",
    "setPrototypeOf",
    "getOwnPropertySymbols",
    "entries",
    "values",
    "fromEntries",
    "getOwnPropertyDescriptors",
    "groupBy",
    "hasOwn",
  ].map((m) => `Object.${m}`),
  ...["from", "of", "fromAsync"].map((m) => `Array.${m}`),
  ...[
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "fill",
    "copyWithin",
    "entries",
    "keys",
    "values",
    "includes",
    "flat",
    "flatMap",
    "at",
    "toReversed",
    "toSorted",
    "toSpliced",
    "with",
  ].map((m) => `Array.prototype.${m}`),
  ...[
    "isInteger",
    "isFinite",
    "isNaN",
    "isSafeInteger",
    "parseFloat",
    "parseInt",
    "EPSILON",
    "MAX_SAFE_INTEGER",
    "MIN_SAFE_INTEGER",
  ].map((m) => `Number.${m}`),
  ...[
    "trunc",
    "sign",
    "cbrt",
    "log2",
    "log10",
    "log1p",
    "expm1",
    "hypot",
    "imul",
    "fround",
    "clz32",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "f16round",
  ].map((m) => `Math.${m}`),
  "String.fromCodePoint",
  "String.raw",
  ...[
    "startsWith",
    "endsWith",
    "includes",
    "repeat",
    "padStart",
    "padEnd",
    "codePointAt",
    "normalize",
    "trimStart",
    "trimEnd",
    "trimLeft",
    "trimRight",
    "at",
    "matchAll",
    "replaceAll",
    "isWellFormed",
    "toWellFormed",
  ].map((m) => `String.prototype.${m}`),
  ...["flags", "sticky", "unicode", "dotAll", "hasIndices", "unicodeSets"].map(
    (m) => `RegExp.prototype.${m}`,
  ),
  "Function.prototype.toMethod",
];

/** Source text that removes everything above, run once inside a fresh context. */
export function stripScript(): string {
  const members = NON_ES5_MEMBERS.map((path) => {
    const dot = path.lastIndexOf(".");
    return `try { delete ${path.slice(0, dot)}[${JSON.stringify(path.slice(dot + 1))}]; } catch (e) {}`;
  });
  // Members first: globalThis and friends are still there to reach them.
  const globals = NON_ES5_GLOBALS.map((name) => `try { delete this[${JSON.stringify(name)}]; } catch (e) {}`);
  return [...members, ...globals].join("\n");
}
