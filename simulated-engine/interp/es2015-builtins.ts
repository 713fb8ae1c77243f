/**
 * The ES2015+ built-ins the project's engine language level allows, installed in JS-Interpreter
 * (a pure ES5 engine that has none of them) before the artifact runs, so that the second engine
 * runs what the level promises. Methods and statics come from the compiler's ponyfill set; Map,
 * Set and WeakMap are ES5 classes with ES2015's SameValueZero keys (no iterators: lib es5 has no
 * Symbol, so the type-check never lets a trigger iterate one).
 */
import { PONYFILLS } from "../../build/engine/builtins/ponyfills.ts";

const COLLECTIONS: Readonly<Record<string, string>> = {
  Map: `function Map(entries) {
  if (!(this instanceof Map)) throw new TypeError("Constructor Map requires 'new'");
  this._k = []; this._v = [];
  if (entries != null) for (var i = 0; i < entries.length; i++) this.set(entries[i][0], entries[i][1]);
}
Map.prototype._at = function (k) {
  for (var i = 0; i < this._k.length; i++) { var x = this._k[i]; if (x === k || (x !== x && k !== k)) return i; }
  return -1;
};
Map.prototype.get = function (k) { var i = this._at(k); return i < 0 ? undefined : this._v[i]; };
Map.prototype.set = function (k, v) { var i = this._at(k); if (i < 0) { this._k.push(k); this._v.push(v); } else this._v[i] = v; return this; };
Map.prototype.has = function (k) { return this._at(k) >= 0; };
Map.prototype["delete"] = function (k) { var i = this._at(k); if (i < 0) return false; this._k.splice(i, 1); this._v.splice(i, 1); return true; };
Map.prototype.clear = function () { this._k = []; this._v = []; };
Map.prototype.forEach = function (f, t) { var k = this._k.slice(), v = this._v.slice(); for (var i = 0; i < k.length; i++) f.call(t, v[i], k[i], this); };
Object.defineProperty(Map.prototype, "size", { get: function () { return this._k.length; } });`,
  Set: `function Set(values) {
  if (!(this instanceof Set)) throw new TypeError("Constructor Set requires 'new'");
  this._k = [];
  if (values != null) for (var i = 0; i < values.length; i++) this.add(values[i]);
}
Set.prototype._at = function (k) {
  for (var i = 0; i < this._k.length; i++) { var x = this._k[i]; if (x === k || (x !== x && k !== k)) return i; }
  return -1;
};
Set.prototype.add = function (k) { if (this._at(k) < 0) this._k.push(k); return this; };
Set.prototype.has = function (k) { return this._at(k) >= 0; };
Set.prototype["delete"] = function (k) { var i = this._at(k); if (i < 0) return false; this._k.splice(i, 1); return true; };
Set.prototype.clear = function () { this._k = []; };
Set.prototype.forEach = function (f, t) { var k = this._k.slice(); for (var i = 0; i < k.length; i++) f.call(t, k[i], k[i], this); };
Object.defineProperty(Set.prototype, "size", { get: function () { return this._k.length; } });`,
  WeakMap: `function WeakMap(entries) {
  if (!(this instanceof WeakMap)) throw new TypeError("Constructor WeakMap requires 'new'");
  this._k = []; this._v = [];
  if (entries != null) for (var i = 0; i < entries.length; i++) this.set(entries[i][0], entries[i][1]);
}
WeakMap.prototype._at = function (k) { for (var i = 0; i < this._k.length; i++) if (this._k[i] === k) return i; return -1; };
WeakMap.prototype.get = function (k) { var i = this._at(k); return i < 0 ? undefined : this._v[i]; };
WeakMap.prototype.set = function (k, v) {
  if (k === null || (typeof k !== "object" && typeof k !== "function")) throw new TypeError("Invalid value used as weak map key");
  var i = this._at(k); if (i < 0) { this._k.push(k); this._v.push(v); } else this._v[i] = v; return this;
};
WeakMap.prototype.has = function (k) { return this._at(k) >= 0; };
WeakMap.prototype["delete"] = function (k) { var i = this._at(k); if (i < 0) return false; this._k.splice(i, 1); this._v.splice(i, 1); return true; };`,
};

/** ES5 source that installs the allowed built-ins; empty for strict ES5. */
export function es2015Builtins(allowed: readonly string[]): string {
  const out: string[] = [];
  for (const b of allowed) {
    const collection = COLLECTIONS[b];
    if (collection) {
      out.push(`(function (g) {\n${collection}\ng.${b} = ${b};\n})(this);`);
      continue;
    }
    const p = PONYFILLS[b];
    if (!p) continue;
    const hash = b.indexOf("#");
    const owner = hash >= 0 ? `${b.slice(0, hash)}.prototype` : b.slice(0, b.indexOf("."));
    const name = b.slice(Math.max(hash, b.indexOf(".")) + 1);
    out.push(
      `Object.defineProperty(${owner}, ${JSON.stringify(name)}, { value: ${p.builtin}, writable: true, configurable: true });`,
    );
  }
  return out.join("\n");
}
