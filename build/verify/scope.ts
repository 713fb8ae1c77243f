/**
 * Free-identifier analysis for ES5 scripts (function scope, catch parameters, named function
 * expressions; no let/const). Reports every reference to a name no enclosing scope declares,
 * except `typeof x` probes and references guarded by one (`typeof x !== "undefined" && x.y`),
 * which is how bundled libraries detect optional globals.
 */
import * as walk from "acorn-walk";
import type { Node, Identifier, Function as FunctionNode, Program } from "acorn";

export interface FreeReference {
  name: string;
  node: Identifier;
  /** True for an assignment to the name (which, undeclared, creates a global in sloppy mode). */
  write: boolean;
  /** The top-level statement the reference sits in. */
  topLevel: Node;
  /** A `typeof x` probe, or a reference a typeof guard protects. */
  guarded: boolean;
}

type AnyNode = Node & Record<string, any>;

const isFunction = (n: AnyNode): n is FunctionNode & AnyNode =>
  n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression";

/**
 * Declarations a function body or the program holds directly: nested functions are not entered.
 * Made once (walk.recursive with visitor functions would copy the base visitor on every call).
 */
const DECLARATIONS = walk.make<Set<string>>({
  VariableDeclarator(node: AnyNode, names: Set<string>, c: walk.WalkerCallback<Set<string>>) {
    if (node.id.type === "Identifier") names.add(node.id.name);
    if (node.init) c(node.init, names);
  },
  FunctionDeclaration(node: AnyNode, names: Set<string>) {
    names.add(node.id.name);
  },
  FunctionExpression() {},
  ArrowFunctionExpression() {},
} as any);

/** Names declared directly in a function body or the program (var and function declarations). */
function declaredIn(body: AnyNode): Set<string> {
  const names = new Set<string>();
  walk.recursive(body as Node, names, null as any, DECLARATIONS);
  return names;
}

/** Names a test probes with typeof; remembered per node, since every identifier below asks again. */
const probed = new WeakMap<AnyNode, Set<string>>();

function typeofNames(test: AnyNode): Set<string> {
  const known = probed.get(test);
  if (known) return known;
  const names = new Set<string>();
  probed.set(test, names);
  walk.simple(test as Node, {
    UnaryExpression(n: AnyNode) {
      if (n.operator === "typeof" && n.argument.type === "Identifier") names.add(n.argument.name);
    },
  });
  return names;
}

function within(child: AnyNode, parent: AnyNode | null | undefined): boolean {
  return !!parent && child.start >= parent.start && child.end <= parent.end;
}

/** Every free reference, in one walk; `guarded` marks probes and references behind a typeof guard. */
export function freeReferences(program: Program): FreeReference[] {
  const scopes = new Map<AnyNode, Set<string>>();
  const scopeOf = (n: AnyNode): Set<string> => {
    let s = scopes.get(n);
    if (!s) {
      if (n.type === "Program") s = declaredIn(n);
      else {
        s = declaredIn(n.body);
        for (const p of n.params) if (p.type === "Identifier") s.add(p.name);
        if (n.type === "FunctionExpression" && n.id) s.add(n.id.name);
        if (n.type !== "ArrowFunctionExpression") s.add("arguments");
      }
      scopes.set(n, s);
    }
    return s;
  };

  const found: FreeReference[] = [];
  const check = (node: AnyNode, ancestors: AnyNode[], write = false, probe = false): void => {
    const name = node.name as string;
    let guarded = probe;
    for (let i = ancestors.length - 2; i >= 0; i -= 1) {
      const a = ancestors[i];
      if ((isFunction(a) || a.type === "Program") && scopeOf(a).has(name)) return;
      if (a.type === "CatchClause" && a.param?.type === "Identifier" && a.param.name === name) return;
      const child = ancestors[i + 1];
      if (guarded) continue;
      if (
        a.type === "LogicalExpression" &&
        a.operator === "&&" &&
        child === a.right &&
        typeofNames(a.left).has(name)
      )
        guarded = true;
      if (
        (a.type === "IfStatement" || a.type === "ConditionalExpression") &&
        within(child, a.consequent) &&
        typeofNames(a.test).has(name)
      )
        guarded = true;
    }
    found.push({ name, node: node as Identifier, write, topLevel: ancestors[1] ?? node, guarded });
  };
  walk.ancestor(
    program as Node,
    {
      Identifier(node: AnyNode, _state: unknown, ancestors: AnyNode[]) {
        const parent = ancestors[ancestors.length - 2];
        check(node, ancestors, false, parent?.type === "UnaryExpression" && parent.operator === "typeof");
      },
      // Assignment targets arrive as patterns; an assignment to an undeclared name is a reference too.
      VariablePattern(node: AnyNode, _state: unknown, ancestors: AnyNode[]) {
        const parent = ancestors[ancestors.length - 2];
        const isWrite =
          (parent?.type === "AssignmentExpression" && parent.left === node) ||
          (parent?.type === "ForInStatement" && parent.left === node);
        if (isWrite && node.type === "Identifier") check(node, ancestors, true);
      },
    } as any,
  );
  return found;
}
