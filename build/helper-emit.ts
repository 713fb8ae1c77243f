/**
 * How ehtrig's own Babel plugins provide a helper function: in a script (a whole bundle lowered
 * at once) the declaration goes at the top, with Babel's helpers; in a module lowered on its own
 * it is imported from the virtual module `ehtrig-helper:<name>`, so one copy serves every module
 * of the script.
 */
import type { NodePath, types as t } from "@babel/core";
import { HELPER_PREFIX } from "./modules/helper-imports.ts";

export function provideHelpers(
  types: typeof t,
  parse: (code: string) => t.Statement,
  program: NodePath<t.Program>,
  helpers: ReadonlyMap<string, string>,
): void {
  if (!helpers.size) return;
  const nodes =
    program.node.sourceType === "module"
      ? [...helpers.keys()].map((name) =>
          types.importDeclaration(
            [types.importSpecifier(types.identifier(name), types.identifier(name))],
            types.stringLiteral(HELPER_PREFIX + name),
          ),
        )
      : [...helpers.values()].map(parse);
  program.unshiftContainer("body", nodes);
}
