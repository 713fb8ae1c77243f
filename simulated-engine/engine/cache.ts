/**
 * cache(key, valueFn): a per-trigger memo that outlives one event. The value is computed once
 * by valueFn and handed back on later runs; valueFn must return a non-null value.
 */
import { typeError } from "./errors.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";

/** The store side of cache(), for runtimes that must call valueFn themselves (the interpreter). */
export interface CacheHooks {
  lookup(key: unknown): { hit: boolean; value?: unknown };
  store(key: unknown, value: unknown): unknown;
}

export function cacheHooks(env: EngineEnv): CacheHooks {
  const checkKey = (key: unknown): string => {
    if (typeof key !== "string") throw typeError("cache: key must be a string");
    return key;
  };
  return {
    lookup(key) {
      const k = checkKey(key);
      return env.cache.has(k) ? { hit: true, value: env.cache.get(k) } : { hit: false };
    },
    store(key, value) {
      const k = checkKey(key);
      if (value === null || value === undefined)
        throw typeError(`cache: valueFn for "${k}" returned ${value}`);
      env.cache.set(k, value);
      return value;
    },
  };
}

export function createCacheGlobal(hooks: CacheHooks) {
  return function cache(key: unknown, valueFn: unknown): unknown {
    const r = hooks.lookup(key);
    if (r.hit) return r.value;
    if (typeof valueFn !== "function") throw typeError("cache: valueFn must be a function");
    return hooks.store(key, (valueFn as () => unknown)());
  };
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "cache",
    status: "simulated",
    differences: [
      "The cache lives as long as the loaded trigger; the sensor drops it when the trigger is saved or the capture restarts.",
      "In the interpreter engine a cached value is a copy made when it is stored: functions in it are lost.",
    ],
  },
];
