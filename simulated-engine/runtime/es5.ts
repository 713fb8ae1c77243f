/**
 * What the trigger's context may NOT have. The lists of ES2015+ globals, statics and methods are
 * the verifier's (build/verify/es5.ts); the harness adds the V8 extras the verifier does not
 * name (it matches methods by name, so common names such as `keys` or `values` stay off its
 * list). The engine's language level is undocumented (extrahop-api.md §1.1), so the harness is
 * strict: if it is not ES5, and the project's language level does not allow it, it is not there.
 */
import { MISSING_GLOBALS, MISSING_METHODS, MISSING_STATICS } from "../../build/verify/es5.ts";

/** V8 globals beyond the verifier's list. */
const V8_EXTRA_GLOBALS = [
  "WebAssembly",
  "Float16Array",
  "SuppressedError",
  "DisposableStack",
  "AsyncDisposableStack",
  "Iterator",
];

/** V8 prototype members beyond the verifier's list: "Owner.prototype.member". */
const V8_EXTRA_MEMBERS = [
  ...["entries", "keys", "values", "with"].map((m) => `Array.prototype.${m}`),
  ...["trimLeft", "trimRight", "isWellFormed", "toWellFormed"].map((m) => `String.prototype.${m}`),
  ...["flags", "sticky", "unicode", "dotAll", "hasIndices", "unicodeSets"].map(
    (m) => `RegExp.prototype.${m}`,
  ),
  "Math.f16round",
  // V8's stack hook (Error.stackTraceLimit stays: without it V8 records no stack, and no position).
  "Error.captureStackTrace",
];

/** Owners whose ES2015+ methods (by the verifier's names) are removed. */
const METHOD_OWNERS = ["Array.prototype", "String.prototype"];

/** Global bindings removed from the context. */
export const NON_ES5_GLOBALS: readonly string[] = [...Object.keys(MISSING_GLOBALS), ...V8_EXTRA_GLOBALS];

/** Members removed from ES5 built-ins. */
export const NON_ES5_MEMBERS: readonly string[] = [
  ...Object.entries(MISSING_STATICS).flatMap(([owner, names]) => names.map((n) => `${owner}.${n}`)),
  ...METHOD_OWNERS.flatMap((owner) => Object.keys(MISSING_METHODS).map((m) => `${owner}.${m}`)),
  ...V8_EXTRA_MEMBERS,
];

/** "String#startsWith" → "String.prototype.startsWith"; globals and statics stay as they are. */
function memberPath(builtin: string): string {
  return builtin.replace("#", ".prototype.");
}

/**
 * Source text that removes everything above, run once inside a fresh context.
 * @param allowed built-ins the language level allows: kept.
 */
export function stripScript(allowed: readonly string[] = []): string {
  const keep = new Set(allowed.map(memberPath));
  const members = NON_ES5_MEMBERS.filter((path) => !keep.has(path)).map((path) => {
    const dot = path.lastIndexOf(".");
    return `try { delete ${path.slice(0, dot)}[${JSON.stringify(path.slice(dot + 1))}]; } catch (e) {}`;
  });
  // Members first: globalThis and friends are still there to reach them.
  const globals = NON_ES5_GLOBALS.filter((name) => !keep.has(name)).map(
    (name) => `try { delete this[${JSON.stringify(name)}]; } catch (e) {}`,
  );
  return [...members, ...globals].join("\n");
}
