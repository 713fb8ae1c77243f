/**
 * The source of each virtual helper module `ehtrig-helper:<name>` (see helper-imports.ts): a
 * Babel helper as Babel builds it (its own dependencies imported from their modules, so each is
 * one copy per script), with the ES5 versions of helpers that probe ES2015 built-ins; or one of
 * ehtrig's own helpers (the array helper, the ponyfills).
 */
import { babelCore, babelHelpers } from "../babel.ts";
import { parse, type Node } from "acorn";
import { ARRAY_OF, ARRAY_OF_SOURCE } from "../array-iteration.ts";
import { PONYFILLS } from "../engine/builtins/ponyfills.ts";
import { ES5_HELPERS } from "../helpers-es5.ts";
import { HELPER_PREFIX } from "./helper-imports.ts";

const own = new Map<string, string>([
  [ARRAY_OF, ARRAY_OF_SOURCE],
  ...Object.values(PONYFILLS).map((p): [string, string] => [p.helper, p.source]),
]);

/** Not in @types/babel__core, but part of @babel/core's API. */
const buildExternalHelpers = (names: string[], type: "module"): string =>
  (
    babelCore() as unknown as { buildExternalHelpers(names: string[], type: "module"): string }
  ).buildExternalHelpers(names, type);

const built = new Map<string, string>();

export function helperModule(name: string): string {
  let text = built.get(name);
  if (text === undefined) {
    const mine = own.get(name);
    text = mine !== undefined ? `export ${mine}\n` : babelHelperModule(name);
    built.set(name, text);
  }
  return text;
}

function babelHelperModule(name: string): string {
  let text = buildExternalHelpers([name], "module");
  // Swap the declarations of helpers that probe Symbol/Reflect/Map for their ES5 versions.
  const ast = parse(text, { ecmaVersion: "latest", sourceType: "module" });
  const swaps = (ast.body as (Node & { id?: { name: string } })[])
    .filter((n) => n.type === "FunctionDeclaration" && n.id && ES5_HELPERS[n.id.name] !== undefined)
    .sort((a, b) => b.start - a.start);
  for (const n of swaps) text = text.slice(0, n.start) + ES5_HELPERS[n.id!.name] + text.slice(n.end);
  // An ES5 version may need fewer helpers than Babel's (no _typeof for a Symbol check).
  const imports = babelHelpers()
    .getDependencies(name)
    .filter((dep) => new RegExp(`\\b_${dep}\\b`).test(text))
    .map((dep) => `import { ${dep} as _${dep} } from ${JSON.stringify(HELPER_PREFIX + dep)};`);
  return [...imports, text].join("\n");
}
