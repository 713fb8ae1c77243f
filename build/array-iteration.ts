/**
 * A Babel plugin (run before preset-env) that lets spread, for-of and array destructuring lower
 * to plain ES5 — `concat`, `apply`, index loops — instead of Babel's iterator helpers, which are
 * a third of a small trigger and mention `Symbol` behind `typeof` guards.
 *
 * Lowering runs with the `iterableIsArray` assumption, which is only right for arrays. So every
 * iterated value this plugin cannot prove to be an array is passed through `ehtrig_arrayOf`, a
 * small ES5 helper that returns arrays as they are and copies strings, array-likes (`arguments`)
 * and engine-provided Map/Set (when the language level allows them) into arrays; anything else
 * throws the TypeError ES2015 throws. Under lib es5 the type-check only lets arrays and strings be
 * iterated, and the gate rejects generators, so nothing else reaches it.
 *
 * Proof is syntactic, on the bundle (types are gone by then): array literals, results of
 * array-returning calls (`.map`, `.filter`, `.slice`, `.concat`, `.split`, `Object.keys`, …), and
 * constant bindings initialised with one of those.
 */
import type { NodePath, types as t } from "@babel/core";
import { provideHelpers } from "./helper-emit.ts";

/**
 * Not underscore-prefixed: Babel names the temporaries it memoises a call into after the callee
 * with a leading underscore, and a helper named like that temporary gets renamed with it.
 */
export const ARRAY_OF = "ehtrig_arrayOf";

export const ARRAY_OF_SOURCE = `function ${ARRAY_OF}(x) {
  if (Object.prototype.toString.call(x) === "[object Array]") return x;
  if (typeof x === "string") return x.split("");
  if (x != null && typeof x.length === "number") return Array.prototype.slice.call(x);
  if (x != null && typeof x.forEach === "function" && typeof x.size === "number") {
    var out = [], isMap = typeof x.get === "function";
    x.forEach(function (v, k) { out.push(isMap ? [k, v] : v); });
    return out;
  }
  throw new TypeError(x + " is not iterable");
}`;

/** Methods whose result is a new array whatever array they are called on. */
const ARRAY_RESULTS = new Set(["map", "filter", "slice", "concat", "split", "splice", "sort", "reverse"]);

export interface Api {
  types: typeof t;
  template: { statement: { ast(code: string): t.Statement } };
}

/** The child of an iterating node that holds the iterated value. */
export type IteratedKey = "right" | "argument" | "init";

/** Whether a file's pass wrapped something, so its program needs the helper. */
const USED = "ehtrigArrayOfUsed";

export interface PassState {
  file: { get(key: string): unknown; set(key: string, value: unknown): void };
}

/**
 * The wrapping, done by the lowering's first pass (modules/first-pass.ts) when the program is
 * entered: preset-env rewrites a spread's array or call, and a pattern's declaration, before a
 * visitor of the inner node would see it. The pass asks `iterated` of every node, wraps what it
 * names, and `exit` then provides the helper.
 */
export function arrayIterationPass({ types, template }: Api): {
  iterated(node: t.Node, parent: t.Node | undefined): IteratedKey | undefined;
  wrap(path: NodePath<t.Expression>, state: PassState): void;
  exit(path: NodePath<t.Program>, state: PassState): void;
} {
  const provenArray = (path: NodePath, depth = 0): boolean => {
    const n = path.node;
    if (types.isArrayExpression(n)) return true;
    if (types.isNewExpression(n) && types.isIdentifier(n.callee, { name: "Array" })) return true;
    if (types.isCallExpression(n) && types.isMemberExpression(n.callee) && !n.callee.computed) {
      const prop = n.callee.property;
      if (types.isIdentifier(prop) && ARRAY_RESULTS.has(prop.name)) return true;
      if (
        types.isIdentifier(prop, { name: "keys" }) &&
        types.isIdentifier(n.callee.object, { name: "Object" })
      )
        return !path.scope.getBinding("Object");
    }
    if (types.isIdentifier(n) && depth < 4) {
      const b = path.scope.getBinding(n.name);
      if (!b || !b.constant || !b.path.isVariableDeclarator()) return false;
      // `const [first] = list`: the declarator's init is the list, not the name's value.
      if (!types.isIdentifier(b.path.node.id)) return false;
      const init = b.path.get("init") as NodePath;
      return !!init.node && provenArray(init, depth + 1);
    }
    return false;
  };

  return {
    iterated(node, parent) {
      switch (node.type) {
        case "ForOfStatement":
          return node.await ? undefined : "right";
        case "SpreadElement":
          // Object spread is not iteration.
          return parent?.type === "ObjectExpression" ? undefined : "argument";
        case "VariableDeclarator":
          return node.id.type === "ArrayPattern" && node.init ? "init" : undefined;
        case "AssignmentExpression":
          return node.left.type === "ArrayPattern" ? "right" : undefined;
        default:
          return undefined;
      }
    },
    wrap(path, state) {
      if (provenArray(path)) return;
      state.file.set(USED, true);
      path.replaceWith(types.callExpression(types.identifier(ARRAY_OF), [path.node]));
    },
    exit(path, state) {
      if (state.file.get(USED))
        provideHelpers(
          types,
          (code) => template.statement.ast(code),
          path,
          new Map([[ARRAY_OF, ARRAY_OF_SOURCE]]),
        );
    },
  };
}
