/**
 * One walk of an ES5 script for the gate (output.ts): every node by type (NodeIndex) and every
 * free reference — a name no enclosing scope declares (function scope, catch parameters, named
 * function expressions; no let/const). `typeof x` probes and references guarded by one
 * (`typeof x !== "undefined" && x.y`), which is how bundled libraries detect optional globals,
 * are marked `guarded`.
 *
 * One walk, not one per question: a walk of a 20 KB script costs about as much as its parse.
 * `var` and function declarations are hoisted, so a reference is resolved once the walk has seen
 * every declaration: each reference remembers its innermost scope and the typeof guards around
 * it, and is resolved at the end.
 */
import type { Node, Identifier, Program } from "acorn";
import { NodeIndex } from "./node-index.ts";

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

export interface ScriptFacts {
  index: NodeIndex;
  /** Every free reference, in source order. */
  references: FreeReference[];
}

type AnyNode = Node & Record<string, any>;

/** A function (or the program) declares names for all of its body; a catch clause only its parameter. */
interface Scope {
  names: Set<string>;
  parent: Scope | undefined;
  /** The scope `var` and function declarations inside this one land in. */
  hoist: Scope;
}

/** The test of an enclosing `&&`, `if` or `?:` whose guarded part holds the reference. */
interface Guard {
  test: AnyNode;
  outer: Guard | undefined;
}

interface Pending {
  name: string;
  node: AnyNode;
  write: boolean;
  probe: boolean;
  topLevel: AnyNode;
  scope: Scope;
  guard: Guard | undefined;
}

export function analyseScript(program: Program): ScriptFacts {
  const all: AnyNode[] = [];
  const pending: Pending[] = [];
  /** A function's scope (or the script's): var and function declarations hoist to it. */
  const functionScope = (parent: Scope | undefined): Scope => {
    const own: Scope = { names: new Set(), parent, hoist: undefined as unknown as Scope };
    own.hoist = own;
    return own;
  };
  let scope = functionScope(undefined);
  let guard: Guard | undefined;
  let topLevel: AnyNode = program as AnyNode;

  const reference = (node: AnyNode, write: boolean, probe: boolean): void => {
    pending.push({ name: node.name, node, write, probe, topLevel, scope, guard });
  };

  /** An expression position: an identifier there is a read. */
  const expr = (node: AnyNode, probe = false): void => {
    if (node.type === "Identifier") {
      reference(node, false, probe);
      all.push(node);
    } else visit(node);
  };

  /** A declared name (var, function, parameter, catch parameter): no reference. */
  const binding = (node: AnyNode): void => {
    all.push(node);
  };

  const guarded = (test: AnyNode, body: () => void): void => {
    const saved = guard;
    guard = { test, outer: guard };
    body();
    guard = saved;
  };

  const fn = (node: AnyNode): void => {
    // A declaration's name belongs to the enclosing function; an expression's name to its own.
    if (node.type === "FunctionDeclaration") scope.hoist.names.add(node.id.name);
    const own = functionScope(scope);
    if (node.type === "FunctionExpression" && node.id) own.names.add(node.id.name);
    if (node.type !== "ArrowFunctionExpression") own.names.add("arguments");
    for (const p of node.params) if (p.type === "Identifier") own.names.add(p.name);
    if (node.id) binding(node.id);
    const saved = scope;
    scope = own;
    for (const p of node.params) pattern(p);
    if (node.expression) expr(node.body);
    else visit(node.body);
    scope = saved;
  };

  const pattern = (node: AnyNode): void => {
    if (node.type === "Identifier") binding(node);
    else visit(node);
  };

  function visit(node: AnyNode): void {
    switch (node.type) {
      case "BlockStatement":
        for (const s of node.body) visit(s);
        break;
      case "ExpressionStatement":
        expr(node.expression);
        break;
      case "IfStatement":
        expr(node.test);
        guarded(node.test, () => visit(node.consequent));
        if (node.alternate) visit(node.alternate);
        break;
      case "ConditionalExpression":
        expr(node.test);
        guarded(node.test, () => expr(node.consequent));
        expr(node.alternate);
        break;
      case "LogicalExpression":
        expr(node.left);
        if (node.operator === "&&") guarded(node.left, () => expr(node.right));
        else expr(node.right);
        break;
      case "LabeledStatement":
        visit(node.body);
        break;
      case "BreakStatement":
      case "ContinueStatement":
      case "EmptyStatement":
      case "DebuggerStatement":
      case "Literal":
      case "ThisExpression":
        break;
      case "WithStatement":
        expr(node.object);
        visit(node.body);
        break;
      case "SwitchStatement":
        expr(node.discriminant);
        for (const c of node.cases) visit(c);
        break;
      case "SwitchCase":
        if (node.test) expr(node.test);
        for (const s of node.consequent) visit(s);
        break;
      case "ReturnStatement":
      case "ThrowStatement":
        if (node.argument) expr(node.argument);
        break;
      case "TryStatement":
        visit(node.block);
        if (node.handler) visit(node.handler);
        if (node.finalizer) visit(node.finalizer);
        break;
      case "CatchClause": {
        const saved = scope;
        scope = { names: new Set(), parent: scope, hoist: scope.hoist };
        if (node.param?.type === "Identifier") scope.names.add(node.param.name);
        if (node.param) pattern(node.param);
        visit(node.body);
        scope = saved;
        break;
      }
      case "WhileStatement":
      case "DoWhileStatement":
        expr(node.test);
        visit(node.body);
        break;
      case "ForStatement":
        if (node.init) forInit(node.init);
        if (node.test) expr(node.test);
        if (node.update) expr(node.update);
        visit(node.body);
        break;
      case "ForInStatement":
        forInit(node.left);
        expr(node.right);
        visit(node.body);
        break;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        fn(node);
        break;
      case "VariableDeclaration":
        for (const d of node.declarations) visit(d);
        break;
      case "VariableDeclarator":
        if (node.id.type === "Identifier") scope.hoist.names.add(node.id.name);
        pattern(node.id);
        if (node.init) expr(node.init);
        break;
      case "ArrayExpression":
        for (const e of node.elements) if (e) expr(e);
        break;
      case "ObjectExpression":
        for (const p of node.properties) visit(p);
        break;
      case "Property":
        if (node.computed) expr(node.key);
        if (node.value) expr(node.value);
        break;
      case "SequenceExpression":
        for (const e of node.expressions) expr(e);
        break;
      case "UnaryExpression":
        expr(node.argument, node.operator === "typeof");
        break;
      case "UpdateExpression":
        expr(node.argument);
        break;
      case "BinaryExpression":
        expr(node.left);
        expr(node.right);
        break;
      case "AssignmentExpression":
        if (node.left.type === "Identifier") {
          reference(node.left, true, false);
          all.push(node.left);
        } else pattern(node.left);
        expr(node.right);
        break;
      case "CallExpression":
      case "NewExpression":
        expr(node.callee);
        for (const a of node.arguments) expr(a);
        break;
      case "MemberExpression":
        expr(node.object);
        if (node.computed) expr(node.property);
        break;
      default:
        // Not ES5 (the parse would have refused it): walk every child as an expression.
        for (const child of children(node)) expr(child);
    }
    all.push(node);
  }

  /** `for (x in o)` and `for (i = 0; …)`: a declaration, or an expression (a read, as written). */
  function forInit(node: AnyNode): void {
    if (node.type === "VariableDeclaration") visit(node);
    else expr(node);
  }

  for (const statement of program.body as AnyNode[]) {
    topLevel = statement;
    visit(statement);
  }
  all.push(program as AnyNode);

  const references: FreeReference[] = [];
  const probed = new Map<AnyNode, Set<string>>();
  for (const p of pending) {
    if (declared(p.scope, p.name)) continue;
    let isGuarded = p.probe;
    for (let g = p.guard; g && !isGuarded; g = g.outer) isGuarded = typeofNames(g.test, probed).has(p.name);
    references.push({
      name: p.name,
      node: p.node as unknown as Identifier,
      write: p.write,
      topLevel: p.topLevel,
      guarded: isGuarded,
    });
  }
  return { index: new NodeIndex(program, all), references };
}

function declared(scope: Scope | undefined, name: string): boolean {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
}

/** Names a test probes with typeof (`typeof x`, anywhere in it); remembered per test. */
function typeofNames(test: AnyNode, memo: Map<AnyNode, Set<string>>): Set<string> {
  let names = memo.get(test);
  if (names) return names;
  names = new Set();
  memo.set(test, names);
  const found = names;
  const look = (n: AnyNode): void => {
    if (n.type === "UnaryExpression" && n.operator === "typeof" && n.argument.type === "Identifier")
      found.add(n.argument.name);
    for (const child of children(n)) look(child);
  };
  look(test);
  return names;
}

/** A node's child nodes, whatever its type (its fields that hold nodes or lists of nodes). */
function* children(node: AnyNode): Generator<AnyNode> {
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof v.type === "string") yield v;
    } else if (value && typeof (value as AnyNode).type === "string") yield value as AnyNode;
  }
}
