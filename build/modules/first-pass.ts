/**
 * The lowering's first pass: a Babel plugin that, when the program is entered and before
 * preset-env rewrites anything, walks the module once for everything that must see the code as
 * written: the constructs gate (verify/constructs.ts) and the array-iteration wrapping
 * (array-iteration.ts). One walk for both: a walk of Babel's tree costs as much as a parse.
 */
import type { PluginObj, traverse, Visitor } from "@babel/core";
import { arrayIterationPass, type Api } from "../array-iteration.ts";
import { constructsVisitor } from "../verify/constructs.ts";

export function firstPass(api: Api & { traverse: typeof traverse }): PluginObj {
  const iteration = arrayIterationPass(api);
  const visitor = api.traverse.visitors.merge([constructsVisitor, iteration.visitor] as Visitor[]);
  return {
    name: "ehtrig-first-pass",
    visitor: {
      Program: {
        enter(path, state) {
          path.traverse(visitor, state);
        },
        exit(path, state) {
          iteration.exit(path, state as never);
        },
      },
    },
  };
}
