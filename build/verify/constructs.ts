/**
 * Gate, part 1 — on each module's esnext code, before lowering: constructs that Babel could
 * compile but that need built-ins the engine lacks (async → Promise, generators → a 3 KB runtime,
 * #private → WeakMap), or that cannot be lowered at all (sticky/indices RegExp flags, BigInt,
 * dynamic import). A Babel visitor of the lowering's first pass (modules/first-pass.ts), which
 * runs before preset-env rewrites anything: the constructs still show plainly, with exact
 * positions, and the check costs no parse or walk of its own.
 */
import type { NodePath, types as t, Visitor } from "@babel/core";
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

interface PassState {
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

export const constructsVisitor: Visitor<PassState> = {
  Function(path, state) {
    const f = functionFinding(path.node);
    if (f) report(state, path.node, ...f);
  },
  AwaitExpression(path, state) {
    report(state, path.node, "EH505", "await needs Promise, which the engine lacks");
  },
  ForOfStatement(path, state) {
    if (path.node.await) report(state, path.node, "EH505", "for await needs Promise, which the engine lacks");
  },
  PrivateName(path, state) {
    const holder = PRIVATE_HOLDERS.has(path.parent.type) ? path.parent : path.node;
    report(
      state,
      holder,
      "EH507",
      `#${path.node.id.name}: private class members need WeakMap, which the engine lacks`,
    );
  },
  RegExpLiteral(path, state) {
    const flags = path.node.flags;
    if (/[ydv]/.test(flags))
      report(
        state,
        path.node,
        "EH508",
        `the RegExp flag(s) "${flags.replace(/[^ydv]/g, "")}" cannot be expressed in ES5`,
      );
  },
  BigIntLiteral(path, state) {
    report(state, path.node, "EH503", "BigInt literals need BigInt, which the engine lacks");
  },
  CallExpression(path, state) {
    if (path.node.callee.type === "Import") report(state, path.node, ...DYNAMIC_IMPORT);
  },
  ImportExpression(path: NodePath, state: PassState) {
    report(state, path.node, ...DYNAMIC_IMPORT);
  },
  MetaProperty(path, state) {
    if (path.node.meta.name === "import")
      report(state, path.node, "EH510", "import.meta has no meaning in a trigger");
  },
} as Visitor<PassState>;

const DYNAMIC_IMPORT: [Code, string] = [
  "EH510",
  "dynamic import() needs a module loader, which the engine lacks",
];
