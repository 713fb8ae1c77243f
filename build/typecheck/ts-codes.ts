/**
 * What a TypeScript diagnostic means in an ehtrig project. TypeScript's own advice for a missing
 * built-in ("try changing the 'lib' compiler option") is wrong here: the engine's language level
 * decides what exists, so those errors become the gate's codes (EH503/EH504) with ehtrig's advice,
 * and the gate's later report of the same call is dropped as a duplicate. Every other code gets a
 * hint written for it, or a plain generic one.
 */
import { diagnostic, type Diagnostic } from "../diagnostics.ts";
import { builtinAdvice, builtinMessage } from "../engine/language.ts";
import type { TscMessage } from "./tsc.ts";

/** TypeScript's syntax errors are its 1xxx codes (TS1005 "',' expected", …). */
export function isSyntaxCode(tsCode: string): boolean {
  return /^TS1\d{3}$/.test(tsCode);
}

/** Hints for the TypeScript errors trigger authors meet most. */
const TS_HINTS: Readonly<Record<string, string>> = {
  TS1005: "Fix the syntax at this position (a missing bracket, comma or semicolon).",
  TS2304: "Declare the name, import it, or use an engine global (see types/).",
  TS2305: "Import a name the module exports.",
  TS2307: "Install the package (npm install) or fix the relative path of the import.",
  TS2322: "Give the value the declared type, or widen the declaration.",
  TS2339: "Use a property the type declares (see types/ for engine objects), or narrow the type first.",
  TS2345: "Pass an argument of the parameter's type.",
  TS2353: "Remove the property, or use one the type declares.",
  TS2554: "Pass the number of arguments the function takes.",
  TS2551: "Use the property name TypeScript suggests.",
  TS2552: "Use the name TypeScript suggests.",
  TS2769: "Pass arguments that match one of the overloads.",
  TS7006: "Annotate the parameter's type.",
  TS7016: 'Add a declaration for the package: declare module "name" { … } in a .d.ts under types/.',
  TS18047: "Check the value for null first (if (x) …, or x?.y).",
  TS18048: "Check the value for undefined first (if (x) …, or x?.y).",
  TS2318: "Rewrite without generators and iterators (the gate rejects them); ES5 has no iterator types.",
};

const GENERIC_HINT = "Fix the TypeScript error at this position.";

/** TS codes whose message means "this built-in is not in your lib". */
const MISSING_NAME = new Set(["TS2583", "TS2584", "TS2585"]);
const MISSING_PROPERTY = new Set(["TS2550"]);

/** The ES2015+ built-in a TypeScript message is about, or undefined. */
export function missingBuiltin(m: TscMessage): { name: string; kind: "global" | "member" } | undefined {
  if (MISSING_NAME.has(m.tsCode) || m.tsCode === "TS2304") {
    const name = /'([A-Za-z_$][\w$]*)'/.exec(m.message)?.[1];
    if (!name) return undefined;
    if (m.tsCode === "TS2304" && !builtinAdvice(name)) return undefined;
    return { name, kind: "global" };
  }
  if (MISSING_PROPERTY.has(m.tsCode)) {
    const prop = /Property '([\w$]+)' does not exist on type '([^']+)'/.exec(m.message);
    if (!prop) return undefined;
    const owner = prop[2]!.endsWith("Constructor") ? prop[2]!.replace(/Constructor$/, "") : undefined;
    return { name: owner ? `${owner}.${prop[1]}` : prop[1]!, kind: "member" };
  }
  return undefined;
}

export function fromTsc(m: TscMessage): Diagnostic {
  const builtin = missingBuiltin(m);
  const location = m.location;
  if (builtin) {
    const advice = builtinAdvice(builtin.name);
    const isMethod = builtin.kind === "member" && !builtin.name.includes(".");
    return diagnostic(isMethod ? "EH504" : "EH503", builtinMessage(builtin.name, isMethod), {
      ...(location ? { location } : {}),
      ...(advice ? { hint: advice } : {}),
    });
  }
  if (m.tsCode === "TS1108")
    return diagnostic("EH402", `${m.tsCode}: ${m.message}`, location ? { location } : {});
  return diagnostic("EH300", `${m.tsCode}: ${m.message}`, {
    ...(location ? { location } : {}),
    hint: TS_HINTS[m.tsCode] ?? GENERIC_HINT,
  });
}
