/**
 * ES5 implementations of common ES2015+ built-ins, inlined into a trigger when the project
 * switches ponyfills on and the engine language level does not allow the built-in. The compiler
 * rewrites `Object.assign(a, b)` to `_ehtrig_Object_assign(a, b)` and `s.startsWith(x)` to
 * `_ehtrig_startsWith(s, x)`; a method ponyfill calls the receiver's own method when it has one
 * (a user object with a `find` method, or an engine that has the built-in after all), so the
 * rewrite is safe on values the compiler cannot type.
 *
 * Semantics follow ES2015 for the values triggers use: arrays, array-likes and strings (not
 * iterables, which need Symbol).
 */

export interface Ponyfill {
  /** The function the call is rewritten to. */
  helper: string;
  /** ES5 source of `function <helper>(…) { … }`. */
  source: string;
  /**
   * ES5 source of a function expression that is the built-in itself (a method uses `this`), for
   * engines that must have the built-in installed (the harness's interpreter, when the language
   * level allows it).
   */
  builtin: string;
}

const method = (name: string, body: string): Ponyfill => ({
  helper: `_ehtrig_${name}`,
  source: `function _ehtrig_${name}(o) {
  var args = Array.prototype.slice.call(arguments, 1);
  if (o != null && typeof o[${JSON.stringify(name)}] === "function") return o[${JSON.stringify(name)}].apply(o, args);
${body}
}`,
  builtin: `function ${name}() {
  var o = this, args = Array.prototype.slice.call(arguments);
${body}
}`,
});

const staticFn = (path: string, params: string, body: string): Ponyfill => {
  const helper = `_ehtrig_${path.replace(".", "_")}`;
  const fn = (name: string): string => `function ${name}(${params}) {\n${body}\n}`;
  return { helper, source: fn(helper), builtin: fn(path.slice(path.indexOf(".") + 1)) };
};

const toInteger = `var n = Number(x); n = n !== n ? 0 : n; n = n < 0 ? Math.ceil(n) : Math.floor(n);`;

/** padStart and padEnd differ only in which side the padding goes. */
const padBody = (result: string): string => `  var s = String(o), x = args[0]; ${toInteger}
  var fill = args.length > 1 && args[1] !== undefined ? String(args[1]) : " ";
  if (n <= s.length || fill === "") return s;
  var pad = "";
  while (pad.length < n - s.length) pad += fill;
  return ${result};`;

export const PONYFILLS: Readonly<Record<string, Ponyfill>> = {
  "Object.assign": staticFn(
    "Object.assign",
    "target",
    `  if (target == null) throw new TypeError("Cannot convert undefined or null to object");
  var to = Object(target);
  for (var i = 1; i < arguments.length; i++) {
    var from = arguments[i];
    if (from == null) continue;
    from = Object(from);
    for (var key in from) if (Object.prototype.hasOwnProperty.call(from, key)) to[key] = from[key];
  }
  return to;`,
  ),
  "Array.from": staticFn(
    "Array.from",
    "items, mapFn, thisArg",
    `  if (items == null) throw new TypeError("Array.from requires an array-like object");
  var o = Object(items), len = o.length >>> 0, out = new Array(len);
  var s = typeof items === "string";
  for (var i = 0; i < len; i++) {
    var v = s ? items.charAt(i) : o[i];
    out[i] = mapFn ? mapFn.call(thisArg, v, i) : v;
  }
  return out;`,
  ),
  "Math.trunc": staticFn(
    "Math.trunc",
    "x",
    `  x = Number(x);\n  return x < 0 ? Math.ceil(x) : Math.floor(x);`,
  ),
  "Math.sign": staticFn("Math.sign", "x", `  x = Number(x);\n  return x > 0 ? 1 : x < 0 ? -1 : x;`),
  "Number.isInteger": staticFn(
    "Number.isInteger",
    "x",
    `  return typeof x === "number" && isFinite(x) && Math.floor(x) === x;`,
  ),
  "Number.isNaN": staticFn("Number.isNaN", "x", `  return typeof x === "number" && x !== x;`),
  "String#startsWith": method(
    "startsWith",
    `  var s = String(o), search = String(args[0]), at = args.length > 1 ? Math.max(0, Number(args[1]) || 0) : 0;
  return s.substr(at, search.length) === search;`,
  ),
  "String#endsWith": method(
    "endsWith",
    `  var s = String(o), search = String(args[0]);
  var end = args.length > 1 && args[1] !== undefined ? Math.min(Math.max(Number(args[1]) || 0, 0), s.length) : s.length;
  var start = end - search.length;
  return start >= 0 && s.substring(start, end) === search;`,
  ),
  "String#repeat": method(
    "repeat",
    `  var s = String(o), x = args[0]; ${toInteger}
  if (n < 0 || n === Infinity) throw new RangeError("Invalid count value");
  var out = "";
  for (; n > 0; n--) out += s;
  return out;`,
  ),
  "String#padStart": method("padStart", padBody("pad.slice(0, n - s.length) + s")),
  // includes is both String#includes and Array#includes: one helper dispatches on the receiver.
  "String#includes": method(
    "includes",
    `  if (typeof o === "string" || o instanceof String) return String(o).indexOf(String(args[0]), args[1]) !== -1;
  var a = Object(o), len = a.length >>> 0, x = args[0], k = args[1] | 0;
  for (k = k < 0 ? Math.max(len + k, 0) : k; k < len; k++) if (a[k] === x || (x !== x && a[k] !== a[k])) return true;
  return false;`,
  ),
  "Array#find": method(
    "find",
    `  var a = Object(o), len = a.length >>> 0, f = args[0];
  for (var i = 0; i < len; i++) if (f.call(args[1], a[i], i, a)) return a[i];
  return undefined;`,
  ),
  "Array#findIndex": method(
    "findIndex",
    `  var a = Object(o), len = a.length >>> 0, f = args[0];
  for (var i = 0; i < len; i++) if (f.call(args[1], a[i], i, a)) return i;
  return -1;`,
  ),
  "String#padEnd": method("padEnd", padBody("s + pad.slice(0, n - s.length)")),
  "Array#fill": method(
    "fill",
    `  var a = Object(o), len = a.length >>> 0, v = args[0];
  var k = args[1] | 0, end = args[2] === undefined ? len : args[2] | 0;
  k = k < 0 ? Math.max(len + k, 0) : Math.min(k, len);
  end = end < 0 ? Math.max(len + end, 0) : Math.min(end, len);
  for (; k < end; k++) a[k] = v;
  return a;`,
  ),
  "Object.entries": staticFn(
    "Object.entries",
    "o",
    `  var out = [];
  for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) out.push([k, o[k]]);
  return out;`,
  ),
  "Object.values": staticFn(
    "Object.values",
    "o",
    `  var out = [];
  for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) out.push(o[k]);
  return out;`,
  ),
  "Object.is": staticFn(
    "Object.is",
    "a, b",
    `  return a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b;`,
  ),
  "Array.of": staticFn("Array.of", "", `  return Array.prototype.slice.call(arguments);`),
  "Math.log2": staticFn("Math.log2", "x", `  return Math.log(x) / Math.LN2;`),
  "Math.log10": staticFn("Math.log10", "x", `  return Math.log(x) / Math.LN10;`),
  "Number.isFinite": staticFn("Number.isFinite", "x", `  return typeof x === "number" && isFinite(x);`),
};

// Array#includes shares the dispatching helper of String#includes.
(PONYFILLS as Record<string, Ponyfill>)["Array#includes"] = PONYFILLS["String#includes"]!;

/** The member name a method built-in is called by ("String#startsWith" → "startsWith"). */
export function methodName(builtin: string): string | undefined {
  const hash = builtin.indexOf("#");
  return hash < 0 ? undefined : builtin.slice(hash + 1);
}
