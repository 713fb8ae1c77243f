/**
 * Babel's packages, loaded on first use. A build whose triggers all come from the cache lowers
 * nothing, and loading @babel/core with preset-env and its plugins costs about 0.4 s of every CLI
 * run (measured: a no-op `ehtrig build` of 50 triggers spent half its time there). They are
 * CommonJS, so a synchronous require keeps the callers as they are.
 */
import { createRequire } from "node:module";
import type * as Core from "@babel/core";
import type * as Helpers from "@babel/helpers";
import type * as Parser from "@babel/parser";

const require = createRequire(import.meta.url);

/** A value made on first use and kept. */
export const once = <T>(load: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= load());
};

export const babelCore = once(() => require("@babel/core") as typeof Core);
export const babelHelpers = once(() => require("@babel/helpers") as typeof Helpers);
export const babelParser = once(() => require("@babel/parser") as typeof Parser);
/** preset-env's function (its CommonJS build exports it as `default`). */
export const presetEnv = once(() => {
  const mod = require("@babel/preset-env") as { default?: unknown };
  return mod.default ?? mod;
});
