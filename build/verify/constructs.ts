/**
 * Gate, part 1 — on each module's esnext code, before lowering: constructs that Babel could
 * compile but that need built-ins the engine lacks (async → Promise, generators → a 3 KB runtime,
 * #private → WeakMap), or that cannot be lowered at all (sticky/indices RegExp flags, BigInt,
 * dynamic import). Asked of each node by the lowering's first pass (modules/first-pass.ts), which
 * walks the module before preset-env rewrites anything: the constructs still show plainly, with
 * exact positions, and the check costs no parse or walk of its own.
 */
import type { types as t } from "@babel/core";
import type { Code } from "../diagnostics.ts";

export interface ConstructFinding {
  code: Code;
  message: string;
  /** Line (1-based) and column (0-based) in the code Babel was given. */
  line: number;
  column: number;
}

/** Where each finding of a file is collected: Babel's result metadata, read back by the caller. */
export const FINDINGS = "ehtrigConstructs";

export interface PassState {
  file: { metadata: Record<string, unknown> };
}

function report(state: PassState, node: t.Node, code: Code, message: string): void {
  const start = node.loc?.start;
  if (!start) return;
  const list = ((state.file.metadata[FINDINGS] as ConstructFinding[] | undefined) ??= []);
  list.push({ code, message, line: start.line, column: start.column });
}

function functionFinding(node: t.Function): [Code, string] | undefined {
  if (node.async && node.generator)
    return [
      "EH505",
      "async generator functions need Promise and Symbol.asyncIterator, which the engine lacks",
    ];
  if (node.async) return ["EH505", "async functions need Promise, which the engine lacks"];
  if (node.generator) return ["EH506", "generator functions are not supported in triggers"];
  return undefined;
}

/** A private name is reported where its member or definition starts, as people read it. */
const PRIVATE_HOLDERS = new Set([
  "ClassPrivateProperty",
  "ClassPrivateMethod",
  "MemberExpression",
  "OptionalMemberExpression",
]);

/**
 * Reports what the gate finds in one node of the code as written: the first pass
 * (modules/first-pass.ts) asks it of every node, with the node's parent and Babel's function node
 * types (`types.FUNCTION_TYPES`, so they follow Babel's own list).
 */
export function checkConstruct(
  node: t.Node,
  parent: t.Node | undefined,
  state: PassState,
  functions: ReadonlySet<string>,
): void {
  switch (node.type) {
    case "AwaitExpression":
      return report(state, node, "EH505", "await needs Promise, which the engine lacks");
    case "ForOfStatement":
      if (node.await) report(state, node, "EH505", "for await needs Promise, which the engine lacks");
      return;
    case "PrivateName": {
      const holder = parent && PRIVATE_HOLDERS.has(parent.type) ? parent : node;
      return report(
        state,
        holder,
        "EH507",
        `#${node.id.name}: private class members need WeakMap, which the engine lacks`,
      );
    }
    case "RegExpLiteral":
      if (/[ydv]/.test(node.flags))
        report(
          state,
          node,
          "EH508",
          `the RegExp flag(s) "${node.flags.replace(/[^ydv]/g, "")}" cannot be expressed in ES5`,
        );
      return;
    case "BigIntLiteral":
      return report(state, node, "EH503", "BigInt literals need BigInt, which the engine lacks");
    case "CallExpression":
      if (node.callee.type === "Import") report(state, node, ...DYNAMIC_IMPORT);
      return;
    case "ImportExpression":
      return report(state, node, ...DYNAMIC_IMPORT);
    case "MetaProperty":
      if (node.meta.name === "import")
        report(state, node, "EH510", "import.meta has no meaning in a trigger");
      return;
    default:
      if (functions.has(node.type)) {
        const f = functionFinding(node as t.Function);
        if (f) report(state, node, ...f);
      }
  }
}

const DYNAMIC_IMPORT: [Code, string] = [
  "EH510",
  "dynamic import() needs a module loader, which the engine lacks",
];
