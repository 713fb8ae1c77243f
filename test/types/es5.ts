// Trigger code is checked against ES5 built-ins only (lib es5, no @types): ES2015+ library APIs
// and host objects such as console must be type errors, and nothing in types/ may bring them back.
// Syntax (let, const, arrows, template literals, for-of over arrays) is fine: the compiler lowers it.

const ok: string = ["a", "b"].map((s) => s.toUpperCase()).join(",") + JSON.stringify({ a: 1 });
const keys: string[] = Object.keys({ a: 1 });
const now: string = new Date(getTimestamp()).toISOString();
const trimmed: string = " x ".trim();
const isArray: boolean = Array.isArray(keys);
const found: number = keys.indexOf("a");
const template = `${ok} ${now}`;
let total = 0;
for (const key of keys) total += key.length;

// @ts-expect-error -- no Promise
const p = new Promise((resolve) => resolve(1));
// @ts-expect-error -- no Promise
Promise.resolve(1);
// @ts-expect-error -- no Map
const m = new Map();
// @ts-expect-error -- no Set
const s = new Set();
// @ts-expect-error -- no WeakMap
const w = new WeakMap();
// @ts-expect-error -- no Symbol
const sym = Symbol("x");
// @ts-expect-error -- no Object.assign
const merged = Object.assign({}, { a: 1 });
// @ts-expect-error -- no Object.entries
Object.entries({ a: 1 });
// @ts-expect-error -- no Object.values
Object.values({ a: 1 });
// @ts-expect-error -- no String#startsWith
"abc".startsWith("a");
// @ts-expect-error -- no String#includes
"abc".includes("b");
// @ts-expect-error -- no String#padStart
"1".padStart(2, "0");
// @ts-expect-error -- no Array#find
keys.find((k) => k === "a");
// @ts-expect-error -- no Array#includes
keys.includes("a");
// @ts-expect-error -- no Array.from
Array.from("abc");
// @ts-expect-error -- no Number.isInteger
Number.isInteger(1);
// @ts-expect-error -- no Math.trunc
Math.trunc(1.5);
// @ts-expect-error -- no console; use debug() or log()
console.log("x");
// @ts-expect-error -- no timers
setTimeout(() => debug("later"), 10);
// @ts-expect-error -- no require
require("fs");
// @ts-expect-error -- no Node process object
process.env;

export { isArray, found, template, total, trimmed, p, m, s, w, sym, merged };
