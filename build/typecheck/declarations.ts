/**
 * What an edit of a module means for the files that import it, judged from the declarations tsc
 * emits for it before and after (its .d.ts: the types of what it exports, as its importers see
 * them; TypeScript's own incremental builder decides from the same text). An importer needs no
 * new check when the declarations stay the same (an edit inside a function body), or when they
 * only gain exports under new names that the importer's text never mentions and cannot reach
 * otherwise (no `import * as`, `export *`, `import(…)` or `require(…)` in it).
 *
 * Some things importers are checked against do not show in a .d.ts: the types of private members
 * (`private v;`, which `obj["v"]` still reads), whether a const enum was declared ambient (which
 * isolatedModules forbids importers to use), whether a namespace holds values (`declare namespace
 * N {}` either way; one without is no value). Declarations with any of them always "changed".
 */
import type { types as t } from "@babel/core";
import { babelParser } from "../babel.ts";

export type DeclarationChange =
  | { kind: "same" }
  /** Only new exported declarations, under these names (none of them `default`, none used before). */
  | { kind: "added"; names: string[] }
  | { kind: "changed" };

const CHANGED: DeclarationChange = { kind: "changed" };

interface Statement {
  text: string;
  /** The names an `export <declaration>` statement declares; undefined for any other statement. */
  exported: string[] | undefined;
}

/** The top-level statements of a .d.ts, or undefined when it does not parse. */
function statements(dts: string): Statement[] | undefined {
  let body;
  try {
    body = babelParser().parse(dts, { sourceType: "module", plugins: [["typescript", { dts: true }]] })
      .program.body;
  } catch {
    return undefined;
  }
  return body.map((node) => ({
    text: dts.slice(node.start!, node.end!),
    exported:
      node.type === "ExportNamedDeclaration" && node.declaration && !node.source
        ? declaredNames(node.declaration)
        : undefined,
  }));
}

function declaredNames(decl: t.Declaration): string[] | undefined {
  switch (decl.type) {
    case "VariableDeclaration": {
      const names = decl.declarations.map((d) => (d.id.type === "Identifier" ? d.id.name : undefined));
      return names.every((n) => n !== undefined) ? (names as string[]) : undefined;
    }
    case "TSDeclareFunction":
    case "FunctionDeclaration":
    case "ClassDeclaration":
    case "TSInterfaceDeclaration":
    case "TSTypeAliasDeclaration":
    case "TSEnumDeclaration":
      return decl.id ? [decl.id.name] : undefined;
    default:
      return undefined;
  }
}

/** `name` as a whole identifier somewhere in `text`. */
function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[$]/g, "\\$");
  return new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`).test(text);
}

/** What a .d.ts leaves out of what importers are checked against (see above). */
const UNWRITTEN = /(?<!#)\bprivate\b|\bconst\s+enum\b|\bnamespace\b|\bmodule\s+[\w$]/;

export function declarationChange(before: string, after: string): DeclarationChange {
  if (UNWRITTEN.test(before) || UNWRITTEN.test(after)) return CHANGED;
  if (before === after) return { kind: "same" };
  const old = statements(before);
  const now = statements(after);
  if (!old || !now) return CHANGED;
  // Every statement of before must still be there, word for word and in its order (the order of
  // overloads is what calls resolve against); the others were added.
  let kept = 0;
  const names: string[] = [];
  for (const s of now) {
    if (kept < old.length && s.text === old[kept]!.text) kept++;
    else if (s.exported) names.push(...s.exported);
    else return CHANGED;
  }
  if (kept < old.length) return CHANGED;
  // A name that was there before (an overload, a merged interface) changes what it declares.
  if (names.some((n) => n === "default" || mentions(before, n))) return CHANGED;
  return names.length ? { kind: "added", names } : { kind: "same" };
}

/**
 * Ways to reach a module's exports without naming them: a namespace import (also `import type *
 * as`, `import D, * as M`), a star re-export (also `export type *`), `import(…)`, `require(…)`.
 */
const UNNAMED_ACCESS = /\bimport\b[^;]*?\*\s*as\b|\bexport\s+(?:type\s+)?\*|\bimport\s*\(|\brequire\s*\(/;

/**
 * Whether an importer's check may depend on exports added under `names`: it names one of them
 * anywhere (also in a comment: this errs on the side of checking), or reaches exports unnamed.
 * An importer whose text is unknown may.
 */
export function mayUseAdded(importer: string | undefined, names: readonly string[]): boolean {
  return importer === undefined || UNNAMED_ACCESS.test(importer) || names.some((n) => mentions(importer, n));
}
