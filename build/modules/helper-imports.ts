/**
 * A Babel plugin for per-module lowering: every helper Babel (or ehtrig) needs becomes an import
 * from a virtual module `ehtrig-helper:<name>` instead of a copy inlined into the module, so that
 * the bundler keeps one copy of each helper per output script however many modules use it.
 */
import type { PluginObj, types as t } from "@babel/core";

export const HELPER_PREFIX = "ehtrig-helper:";

interface Api {
  types: typeof t;
}

interface HelperFile {
  path: { unshiftContainer(key: "body", nodes: t.Statement[]): unknown };
  scope: { generateUidIdentifier(name: string): t.Identifier };
  set(key: string, value: unknown): void;
  availableHelper(name: string): boolean;
}

export function helperImports({ types }: Api): PluginObj {
  return {
    name: "ehtrig-helper-imports",
    visitor: {},
    pre(file) {
      const f = file as unknown as HelperFile;
      const added = new Map<string, t.Identifier>();
      f.set("helperGenerator", (name: string) => {
        if (!f.availableHelper(name)) return undefined;
        let id = added.get(name);
        if (!id) {
          id = types.identifier(`_${name}`);
          f.path.unshiftContainer("body", [
            types.importDeclaration(
              [types.importSpecifier(id, types.identifier(name))],
              types.stringLiteral(`${HELPER_PREFIX}${name}`),
            ),
          ]);
          added.set(name, id);
        }
        return types.cloneNode(id);
      });
    },
  };
}
