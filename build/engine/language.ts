/**
 * The engine's language level: which ES2015+ built-ins a project's sensors have. One setting in
 * ehtrig.config.json (`engine`), resolved here and read by the type-check (declarations on top of
 * lib es5), the gate, the harness's vm context and the second engine. Output syntax is ES5
 * whatever the level; only built-ins change.
 */
import { MISSING_GLOBALS, MISSING_METHODS } from "../verify/es5.ts";
import { KNOWN_BUILTINS } from "./builtins/declarations.ts";
import { methodName, PONYFILLS } from "./builtins/ponyfills.ts";

export type LanguageName = "es5" | "extrahop-es2015";

export interface EngineSetting {
  /** Named level; default "es5" (safe on every firmware). */
  language?: LanguageName;
  /** Built-ins the project's sensors have beyond the level. */
  add?: string[];
  /** Built-ins of the level the project does not rely on. */
  remove?: string[];
  /** Inline ES5 implementations for built-ins the level does not allow (default false). */
  ponyfills?: boolean;
}

/**
 * The documented profile: ES2015 built-ins that public ExtraHop sources call in triggers running
 * on sensors. docs/language-level.md lists the source for each.
 */
export const LEVELS: Readonly<Record<LanguageName, readonly string[]>> = {
  es5: [],
  "extrahop-es2015": ["Object.assign", "Math.trunc", "String#includes", "String#startsWith", "Map", "Set"],
};

export interface LanguageLevel {
  name: LanguageName;
  /** ES2015+ built-ins the engine has ("Map", "Object.assign", "String#startsWith"). */
  allowed: ReadonlySet<string>;
  /** Built-ins the compiler inlines because the level lacks them. */
  ponyfilled: ReadonlySet<string>;
}

export const STRICT_ES5: LanguageLevel = { name: "es5", allowed: new Set(), ponyfilled: new Set() };

export function resolveLevel(setting: EngineSetting | undefined): LanguageLevel {
  const name = setting?.language ?? "es5";
  const allowed = new Set(LEVELS[name]);
  for (const b of setting?.add ?? []) allowed.add(b);
  for (const b of setting?.remove ?? []) allowed.delete(b);
  const ponyfilled = new Set(setting?.ponyfills ? Object.keys(PONYFILLS).filter((b) => !allowed.has(b)) : []);
  return { name, allowed, ponyfilled };
}

/** Names a project may list in engine.add / engine.remove. */
export function isKnownBuiltin(name: string): boolean {
  return KNOWN_BUILTINS.includes(name);
}

/** Global names (Map, Set, …) the level allows. */
export function allowedGlobals(level: LanguageLevel): Set<string> {
  return new Set([...level.allowed].filter((b) => !b.includes(".") && !b.includes("#")));
}

/** "Object.assign"-style statics the level allows. */
export function allowedStatics(level: LanguageLevel): Set<string> {
  return new Set([...level.allowed].filter((b) => b.includes(".")));
}

/**
 * Method names the level allows. The gate matches methods by name, so allowing String#includes
 * also lets `.includes` through on arrays there; the type-check keeps them apart.
 */
export function allowedMethods(level: LanguageLevel): Set<string> {
  return new Set([...level.allowed].map(methodName).filter((m): m is string => !!m));
}

/** The built-ins a name may stand for: "includes" → String#includes, Array#includes. */
function builtinsNamed(name: string): string[] {
  if (name.includes(".") || isKnownBuiltin(name)) return [name];
  return KNOWN_BUILTINS.filter((b) => methodName(b) === name);
}

/**
 * ehtrig's advice for a built-in the level does not allow: what to write in ES5, and the two
 * project settings that would make the call work. Undefined for names that are not built-ins.
 */
export function builtinAdvice(name: string): string | undefined {
  const global = Object.prototype.hasOwnProperty.call(MISSING_GLOBALS, name)
    ? MISSING_GLOBALS[name]
    : undefined;
  const method = Object.prototype.hasOwnProperty.call(MISSING_METHODS, name)
    ? MISSING_METHODS[name]
    : undefined;
  const known = builtinsNamed(name);
  if (!global && !method && !known.length) return undefined;
  const parts: string[] = [];
  if (global) parts.push(`Rewrite without it: ${global}.`);
  else if (method) parts.push(`Use an ES5 equivalent: ${method}.`);
  else parts.push(`Use an ES5 equivalent of ${name}.`);
  if (known.some((b) => PONYFILLS[b]))
    parts.push(
      `Or set "engine": { "ponyfills": true } in ehtrig.config.json to inline an ES5 implementation.`,
    );
  const profiled = known.filter((b) => LEVELS["extrahop-es2015"].includes(b));
  if (profiled.length)
    parts.push(
      `Or, if your sensors have it, set "engine": { "language": "extrahop-es2015" } (docs/language-level.md).`,
    );
  else if (known.length) parts.push(`Or, if your sensors have it, add "${known[0]}" to "engine.add".`);
  return parts.join(" ");
}

/** The one wording of "this built-in is missing", shared by the type-check and the gate. */
export function builtinMessage(name: string, isMethod = false): string {
  const where = builtinsNamed(name).length ? "at the engine's language level" : "on the ExtraHop engine";
  return isMethod ? `.${name}() is not available ${where}` : `${name} is not available ${where}`;
}
