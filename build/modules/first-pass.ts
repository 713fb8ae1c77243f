/**
 * The lowering's first pass: a Babel plugin that, when the program is entered and before
 * preset-env rewrites anything, walks the module once for everything that must see the code as
 * written: the constructs gate (verify/constructs.ts) and the array-iteration wrapping
 * (array-iteration.ts).
 *
 * The walk goes over the bare nodes, not Babel's paths: a path walk of a module costs about as
 * much as its parse (measured: 0.1 s of a 50-trigger clean build), and almost every node needs
 * no path. Only the values to wrap get one (through their keys from the program), which the
 * array proof needs for scope bindings.
 */
import type { NodePath, PluginObj, types as t } from "@babel/core";
import { arrayIterationPass, type Api, type PassState as IterationState } from "../array-iteration.ts";
import { checkConstruct, type PassState as ConstructsState } from "../verify/constructs.ts";

type State = IterationState & ConstructsState;

export function firstPass(api: Api): PluginObj<State> {
  const iteration = arrayIterationPass(api);
  const keysOf = api.types.VISITOR_KEYS;
  const functions = new Set(api.types.FUNCTION_TYPES);
  return {
    name: "ehtrig-first-pass",
    visitor: {
      Program: {
        enter(path, state) {
          // Each iterated value, as its keys from the program ("body.3.declarations.0.init").
          const iterated: (string | number)[][] = [];
          const steps: (string | number)[] = [];
          const visit = (node: t.Node, parent: t.Node | undefined): void => {
            checkConstruct(node, parent, state, functions);
            const key = iteration.iterated(node, parent);
            if (key) iterated.push([...steps, key]);
            for (const k of keysOf[node.type] ?? []) {
              const child = (node as unknown as Record<string, unknown>)[k];
              if (Array.isArray(child)) {
                for (let i = 0; i < child.length; i++) {
                  const c = child[i] as t.Node | null;
                  if (!c || typeof c.type !== "string") continue;
                  steps.push(k, i);
                  visit(c, node);
                  steps.length -= 2;
                }
              } else if (child && typeof (child as t.Node).type === "string") {
                steps.push(k);
                visit(child as t.Node, node);
                steps.length -= 1;
              }
            }
          };
          for (let i = 0; i < path.node.body.length; i++) {
            steps.push("body", i);
            visit(path.node.body[i]!, path.node);
            steps.length = 0;
          }
          // Last first: wrapping a value moves what is inside it one level down, never what
          // comes before it in the walk, so the paths found on the way to it stay true.
          const at = pathsFrom(path);
          for (let i = iterated.length - 1; i >= 0; i--)
            iteration.wrap(at(iterated[i]!) as NodePath<t.Expression>, state);
        },
        exit(path, state) {
          iteration.exit(path, state);
        },
      },
    },
  };
}

/**
 * The path at a list of keys from the program. Babel's path.get of a list makes the path of each
 * of its items; here each list's paths are made once for every lookup that passes through it (it
 * was most of the pass's cost in a module with many loops).
 */
function pathsFrom(program: NodePath): (steps: readonly (string | number)[]) => NodePath {
  const lists = new Map<NodePath, Map<string, NodePath[]>>();
  return (steps) => {
    let at = program;
    for (let i = 0; i < steps.length; i++) {
      const key = steps[i] as string;
      if (typeof steps[i + 1] !== "number") {
        at = at.get(key) as NodePath;
        continue;
      }
      let byKey = lists.get(at);
      if (!byKey) lists.set(at, (byKey = new Map()));
      let items = byKey.get(key);
      if (!items) byKey.set(key, (items = at.get(key) as NodePath[]));
      at = items[steps[++i] as number]!;
    }
    return at;
  };
}
