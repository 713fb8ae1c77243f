/**
 * A Babel plugin (run before preset-env) that settles feature probes at build time. On the engine
 * a name it does not have is never there, so `typeof Map` is "undefined" whatever code asks, and
 * the branch that would use Map is dead. Folding both (UMD wrappers, polyfill checks in npm code)
 * leaves an output that does not even mention the name — which the gate requires (EH515) — and is
 * shorter to read. Names the script assigns itself (sloppy-mode globals that persist between runs)
 * are left alone: `typeof counter === "undefined"` is a real question for them.
 */
import type { NodePath, PluginObj, types as t, Visitor } from "@babel/core";

interface Api {
  types: typeof t;
}

/** @param present names the engine has: ES5 and engine globals, and built-ins the level allows */
export function foldProbes(present: (name: string) => boolean): (api: Api) => PluginObj {
  return ({ types }) => {
    let assigned = new Set<string>();
    const absent = (path: NodePath, name: string): boolean =>
      !present(name) && !assigned.has(name) && !path.scope.getBinding(name);

    /** Replaces a conditional whose test is settled by the branch that runs. */
    const settle = (path: NodePath<t.IfStatement | t.ConditionalExpression>): void => {
      const test = path.get("test") as NodePath;
      const r = test.evaluate();
      if (!r.confident) return;
      const { consequent, alternate } = path.node;
      if (r.value) path.replaceWith(consequent);
      else if (alternate) path.replaceWith(alternate);
      else path.remove();
    };

    // A pass of its own when the program is entered, before preset-env reshapes the code.
    const fold: Visitor = {
      UnaryExpression(path) {
        const arg = path.node.argument;
        if (path.node.operator === "typeof" && types.isIdentifier(arg) && absent(path, arg.name))
          path.replaceWith(types.stringLiteral("undefined"));
      },
      IfStatement: { exit: settle },
      ConditionalExpression: { exit: settle },
      LogicalExpression: {
        exit(path) {
          const left = path.get("left").evaluate();
          if (!left.confident || path.node.operator === "??") return;
          const takeLeft = path.node.operator === "&&" ? !left.value : !!left.value;
          path.replaceWith(takeLeft ? types.valueToNode(left.value) : path.node.right);
        },
      },
    };

    return {
      name: "ehtrig-fold-probes",
      visitor: {
        Program(path) {
          assigned = new Set();
          path.traverse({
            AssignmentExpression(a) {
              const left = a.node.left;
              if (types.isIdentifier(left) && !a.scope.getBinding(left.name)) assigned.add(left.name);
            },
          });
          path.traverse(fold);
        },
      },
    };
  };
}
