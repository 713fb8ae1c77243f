/**
 * A Babel plugin that rewrites calls of built-ins the engine lacks to inlined ES5 ponyfills
 * (build/engine/builtins/ponyfills.ts), when the project switches ponyfills on:
 * `Object.assign(a, b)` → `_ehtrig_Object_assign(a, b)`, `s.startsWith(x)` → `_ehtrig_startsWith(s, x)`.
 * Each helper used is declared once, at the top of the script with Babel's own helpers, where the
 * gate treats it as a helper.
 */
import type { PluginObj, types as t } from "@babel/core";
import { methodName, PONYFILLS, type Ponyfill } from "./engine/builtins/ponyfills.ts";
import { provideHelpers } from "./helper-emit.ts";

interface Api {
  types: typeof t;
  template: { statement: { ast(code: string): t.Statement } };
}

export function ponyfillCalls(builtins: readonly string[]): (api: Api) => PluginObj {
  const statics = new Map<string, Ponyfill>();
  const methods = new Map<string, Ponyfill>();
  for (const b of builtins) {
    const p = PONYFILLS[b];
    if (!p) continue;
    const m = methodName(b);
    if (m) methods.set(m, p);
    else statics.set(b, p);
  }
  return ({ types, template }) => {
    const used = new Map<string, Ponyfill>();
    return {
      name: "ehtrig-ponyfill-calls",
      visitor: {
        Program: {
          enter() {
            used.clear();
          },
          exit(path) {
            const helpers = new Map([...used.values()].map((p) => [p.helper, p.source]));
            provideHelpers(types, (code) => template.statement.ast(code), path, helpers);
          },
        },
        CallExpression(path) {
          const callee = path.node.callee;
          if (!types.isMemberExpression(callee) || callee.computed || !types.isIdentifier(callee.property))
            return;
          if (types.isSuper(callee.object)) return;
          const prop = callee.property.name;
          if (types.isIdentifier(callee.object) && !path.scope.getBinding(callee.object.name)) {
            const p = statics.get(`${callee.object.name}.${prop}`);
            if (p) {
              used.set(p.helper, p);
              path.node.callee = types.identifier(p.helper);
              return;
            }
          }
          const p = methods.get(prop);
          if (!p) return;
          used.set(p.helper, p);
          path.replaceWith(
            types.callExpression(types.identifier(p.helper), [
              callee.object as t.Expression,
              ...path.node.arguments,
            ]),
          );
        },
      },
    };
  };
}
