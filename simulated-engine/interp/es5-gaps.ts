/**
 * ES5 built-ins that JS-Interpreter lacks, supplied before the artifact runs so that the second
 * engine judges the trigger, not the interpreter's gaps (Babel's tagged-template helper, for one,
 * calls Object.freeze). Semantics follow ES5.1 §15.2.3.8–13 for the objects triggers build.
 */
export const ES5_GAPS_SHIM = `(function (O) {
  function props(o, f) {
    var k = O.getOwnPropertyNames(o);
    for (var i = 0; i < k.length; i++) f(k[i], O.getOwnPropertyDescriptor(o, k[i]));
  }
  function isObject(o) { return (typeof o === "object" && o !== null) || typeof o === "function"; }
  function define(name, fn) { if (!O[name]) O.defineProperty(O, name, { value: fn, writable: true, configurable: true }); }
  define("seal", function (o) {
    if (!isObject(o)) throw new TypeError("Object.seal called on non-object");
    props(o, function (k) { O.defineProperty(o, k, { configurable: false }); });
    O.preventExtensions(o);
    return o;
  });
  define("freeze", function (o) {
    if (!isObject(o)) throw new TypeError("Object.freeze called on non-object");
    props(o, function (k, d) { O.defineProperty(o, k, "value" in d ? { writable: false, configurable: false } : { configurable: false }); });
    O.preventExtensions(o);
    return o;
  });
  define("isSealed", function (o) {
    if (!isObject(o)) throw new TypeError("Object.isSealed called on non-object");
    var sealed = !O.isExtensible(o);
    props(o, function (k, d) { if (d.configurable) sealed = false; });
    return sealed;
  });
  define("isFrozen", function (o) {
    if (!isObject(o)) throw new TypeError("Object.isFrozen called on non-object");
    var frozen = !O.isExtensible(o);
    props(o, function (k, d) { if (d.configurable || d.writable) frozen = false; });
    return frozen;
  });
  // JS-Interpreter's sort() throws without a comparator; ES5 (15.4.4.11) compares by string,
  // undefined last.
  var sort_ = Array.prototype.sort;
  O.defineProperty(Array.prototype, "sort", { writable: true, configurable: true, value: function sort(comparefn) {
    if (comparefn === undefined) comparefn = function (x, y) {
      if (x === undefined) return y === undefined ? 0 : 1;
      if (y === undefined) return -1;
      var a = String(x), b = String(y);
      return a < b ? -1 : a > b ? 1 : 0;
    };
    return sort_.call(this, comparefn);
  } });
})(Object);`;
