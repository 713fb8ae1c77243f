/**
 * cache() for the interpreter engine. A native function cannot call back into interpreted code,
 * so the control flow runs interpreted and the store and its rules stay in engine/cache.ts.
 */
export const CACHE_SHIM = `var cache = (function (h) {
  return function cache(key, valueFn) {
    var r = h.lookup(key);
    if (r.hit) return r.value;
    if (typeof valueFn !== "function") throw new TypeError("cache: valueFn must be a function");
    return h.store(key, valueFn());
  };
})(__ehtrig_cache);`;
