/**
 * Gate, part 2 — on the final script: it must parse as ES5, every free identifier must be an ES5
 * built-in or an engine global that the trigger's events provide, and no ES2015+ built-in may be
 * reached through a static call, a method or a RegExp flag. Babel helpers (the top-level
 * functions before the IIFE) probe optional built-ins behind typeof guards, so they are only
 * checked against a deny-list of helpers that cannot work without ES2015.
 */
import { getLineInfo, parse, type Node, type Program } from "acorn";
import { diagnostic, type Code, type Diagnostic, type Location } from "../diagnostics.ts";
import { EVENT_SCOPED_GLOBALS, eventsProviding, type EventName, eventGlobals } from "../engine/events.ts";
import { DEPRECATED_GLOBALS, UNIVERSAL_GLOBALS } from "../engine/globals.ts";
import type { PositionMapper } from "../sourcemap.ts";
import { builtinAdvice, builtinMessage } from "../engine/language.ts";
import { methodName } from "../engine/builtins/ponyfills.ts";
import {
  ES5_GLOBALS,
  MISSING_GLOBALS,
  MISSING_METHODS,
  MISSING_STATICS,
  MODULE_GLOBALS,
  UNSAFE_HELPERS,
} from "./es5.ts";
import { checkCommitDetectionOptions, checkMembers } from "./members.ts";
import type { NodeIndex } from "./node-index.ts";
import { analyseScript } from "./scope.ts";
import { remoteCallProblems } from "./remote-calls.ts";
import type { TargetType } from "../project/config.ts";
import { babelHelpers } from "../babel.ts";

type AnyNode = Node & Record<string, any>;

/** Own-property lookup: the tables are plain objects, and names like toString must not hit Object.prototype. */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

export interface OutputCheck {
  code: string;
  mapper: PositionMapper;
  trigger: string;
  events: readonly EventName[];
  /** ES2015+ built-ins the engine language level allows ("Map", "Object.assign", "String#includes"). */
  allowed?: readonly string[];
  /** Declared ODS targets, name → type; literal target names and headers are checked against them. */
  targets?: Readonly<Record<string, TargetType>>;
}

export function checkOutput({
  code,
  mapper,
  trigger,
  events,
  allowed = [],
  targets,
}: OutputCheck): Diagnostic[] {
  const script = code; // (report() names its first parameter code)
  const positionOf = (offset: number): { line: number; column: number } => getLineInfo(script, offset);
  const allowedSet = new Set(allowed);
  const allowedMethods = new Set(allowed.map(methodName).filter((m) => m !== undefined));
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (
    code: Code,
    message: string,
    node: AnyNode | undefined,
    hint?: string,
    severity: "error" | "warning" = "error",
  ): void => {
    const start = node?.loc?.start ?? (node ? positionOf(node.start) : undefined);
    const pos = start ? mapper.original(start.line, start.column) : undefined;
    const location: Location | undefined = pos && { file: pos.file, line: pos.line, column: pos.column };
    const key = `${code}:${message}:${location?.file}:${location?.line}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(diagnostic(code, message, { trigger, location, severity, ...(hint ? { hint } : {}) }));
  };

  let ast: Program;
  try {
    // Without locations: parsing is a quarter faster, and only reported nodes need a position.
    ast = parse(code, { ecmaVersion: 5, sourceType: "script" });
  } catch (err) {
    const e = err as SyntaxError & { loc?: { line: number; column: number } };
    report(
      "EH500",
      `the compiled script is not ES5: ${e.message.replace(/ \(\d+:\d+\)$/, "")}`,
      e.loc ? ({ loc: { start: e.loc } } as AnyNode) : undefined,
    );
    return out;
  }

  // Helpers: the top-level functions Babel puts before the IIFE, and Babel helpers found anywhere
  // else (a script compiled earlier and imported again has them inside its wrapper function).
  const { index, references: everyReference } = analyseScript(ast);
  const helpers = [
    ...(ast.body as AnyNode[]).filter((s) => s.type === "FunctionDeclaration"),
    ...nestedBabelHelpers(ast, index),
  ];
  const isHelper = new Set<Node>(helpers);
  const inHelper = (n: AnyNode): boolean => helpers.some((h) => n.start >= h.start && n.end <= h.end);
  for (const h of helpers) {
    const needs = own(UNSAFE_HELPERS, h.id.name);
    if (needs)
      report(
        needs.startsWith("Promise") ? "EH505" : "EH507",
        `Babel helper ${h.id.name} needs ${needs}, which the engine lacks`,
        undefined,
      );
  }

  const provided = new Set(events.flatMap((e) => eventGlobals(e)));
  const free = everyReference.filter((r) => !r.guarded);
  const freeNodes = new Set<Node>(free.map((r) => r.node));
  // Names the script assigns without declaring them: sloppy-mode globals it creates itself.
  const implicit = new Set(free.filter((r) => r.write && !inHelper(r.node as AnyNode)).map((r) => r.name));
  const warnedImplicit = new Set<string>();
  for (const ref of free) {
    if (isHelper.has(ref.topLevel) || inHelper(ref.node as AnyNode)) continue;
    const { name } = ref;
    if (ES5_GLOBALS.has(name) || UNIVERSAL_GLOBALS.has(name) || provided.has(name) || allowedSet.has(name))
      continue;
    const node = ref.node as AnyNode;
    if (
      implicit.has(name) &&
      !EVENT_SCOPED_GLOBALS.has(name) &&
      !own(MISSING_GLOBALS, name) &&
      !MODULE_GLOBALS.has(name)
    ) {
      if (ref.write && !warnedImplicit.has(name)) {
        warnedImplicit.add(name);
        report(
          "EH512",
          `${name} is assigned without a declaration, which creates a global`,
          node,
          undefined,
          "warning",
        );
      }
    } else if (own(DEPRECATED_GLOBALS, name))
      report("EH509", `${name} is deprecated`, node, own(DEPRECATED_GLOBALS, name));
    else if (EVENT_SCOPED_GLOBALS.has(name))
      report("EH501", `${name} is not available on ${events.join(", ")}; ${providers(name)}`, node);
    else if (own(MISSING_GLOBALS, name)) report("EH503", builtinMessage(name), node, builtinAdvice(name));
    else if (MODULE_GLOBALS.has(name))
      report("EH510", `${name} belongs to a module system the engine does not have`, node);
    else report("EH502", `${name} is not declared`, node);
  }

  const userCode = new Set((ast.body as Node[]).filter((s) => !isHelper.has(s)));
  const userCalls = index.of("CallExpression", userCode);
  const available = (name: string): boolean => UNIVERSAL_GLOBALS.has(name) || provided.has(name);
  checkMembers(index.of("MemberExpression", userCode), freeNodes, events, available, report);
  checkCommitDetectionOptions(userCalls, freeNodes, report);

  if (targets) {
    for (const p of remoteCallProblems(userCalls, targets, (n) => freeNodes.has(n)))
      report(p.code, p.message, p.node);
  }

  // Not even a mention: a typeof-guarded or helper-only reference to a name the engine lacks
  // passes the checks above, but the Triggers UI's validator and readers of the script see it.
  const has = engineHas(allowed);
  const known = (name: string): boolean => has(name) || implicit.has(name);
  const reported = new Set(free.map((r) => r.node));
  const mentioned = new Set<string>();
  for (const ref of everyReference) {
    if (reported.has(ref.node) || known(ref.name) || mentioned.has(ref.name)) continue;
    mentioned.add(ref.name);
    report(
      "EH515",
      `the script mentions ${ref.name}, which the engine does not have (behind a typeof guard or in a helper)`,
      ref.node as AnyNode,
    );
  }

  const ownProperties = definedPropertyNames(index, userCode);
  const visit: Record<string, (n: AnyNode) => void> = {
    MemberExpression(n: AnyNode) {
      if (inHelper(n)) return;
      if (n.computed || n.object.type !== "Identifier" || !freeNodes.has(n.object)) return;
      const path = `${n.object.name}.${n.property.name}`;
      if (own(MISSING_STATICS, n.object.name)?.includes(n.property.name) && !allowedSet.has(path)) {
        report("EH503", builtinMessage(path), n, builtinAdvice(path));
      }
    },
    CallExpression(n: AnyNode) {
      if (inHelper(n)) return;
      const callee = n.callee;
      if (
        callee.type === "Identifier" &&
        callee.name === "_wrapNativeSuper" &&
        n.arguments[0]?.type === "Identifier"
      ) {
        report(
          "EH511",
          `extending the built-in ${n.arguments[0].name}: where the engine has neither Object.setPrototypeOf nor __proto__, instances lose their subclass (instanceof fails)`,
          n.arguments[0],
          undefined,
          "warning",
        );
      }
      if (callee.type === "MemberExpression" && !callee.computed) {
        const method = callee.property.name as string;
        const instead = own(MISSING_METHODS, method);
        if (instead && !ownProperties.has(method) && !allowedMethods.has(method)) {
          report("EH504", builtinMessage(method, true), callee.property, builtinAdvice(method));
        }
      }
      regExpFlags(n);
    },
    NewExpression(n: AnyNode) {
      if (inHelper(n)) return;
      regExpFlags(n);
      if (
        n.callee.type === "Identifier" &&
        (n.callee.name === "WeakMap" || n.callee.name === "WeakSet") &&
        freeNodes.has(n.callee) &&
        !allowedSet.has(n.callee.name)
      ) {
        report("EH503", builtinMessage(n.callee.name), n, builtinAdvice(n.callee.name));
      }
    },
  };
  for (const n of index.ofTypes(Object.keys(visit), userCode)) visit[n.type]!(n);
  return out;

  function regExpFlags(n: AnyNode): void {
    if (n.callee.type !== "Identifier" || n.callee.name !== "RegExp" || !freeNodes.has(n.callee)) return;
    const flags = n.arguments[1];
    if (flags?.type === "Literal" && typeof flags.value === "string" && /[yusdv]/.test(flags.value)) {
      report("EH508", `new RegExp(…, "${flags.value}") uses flags an ES5 engine rejects`, n);
    }
  }
}

/** Whether the engine has a global name: ES5, an engine global (any event), or an allowed built-in. */
export function engineHas(allowed: readonly string[]): (name: string) => boolean {
  const allowedSet = new Set(allowed);
  return (name) =>
    ES5_GLOBALS.has(name) ||
    UNIVERSAL_GLOBALS.has(name) ||
    EVENT_SCOPED_GLOBALS.has(name) ||
    allowedSet.has(name) ||
    Object.prototype.hasOwnProperty.call(DEPRECATED_GLOBALS, name);
}

/** Names Babel gives its helpers (asked of @babel/helpers on first use: babel.ts). */
let babelHelperNames: ReadonlySet<string> | undefined;
const BABEL_HELPERS = (): ReadonlySet<string> =>
  (babelHelperNames ??= new Set([...babelHelpers().list.map((n) => `_${n}`), "ownKeys"]));

function nestedBabelHelpers(ast: Program, index: NodeIndex): AnyNode[] {
  const topLevel = new Set<Node>(ast.body as Node[]);
  return index.of("FunctionDeclaration").filter((n) => BABEL_HELPERS().has(n.id.name) && !topLevel.has(n));
}

function providers(name: string): string {
  const events = eventsProviding(name);
  const shown = events.slice(0, 6).join(", ");
  return events.length > 6
    ? `it is provided by ${events.length} events, e.g. ${shown}, …`
    : `it is provided by ${shown}`;
}

/** Property names the script itself defines, so its own methods are not mistaken for ES2015 ones. */
function definedPropertyNames(index: NodeIndex, statements: ReadonlySet<Node>): Set<string> {
  const names = new Set<string>();
  for (const p of index.of("Property", statements)) {
    if (!p.computed && p.key.type === "Identifier") names.add(p.key.name);
    if (p.key.type === "Literal") names.add(String(p.key.value));
    // Babel's _createClass descriptors: { key: "find", value: function … }
    if (p.key.type === "Identifier" && p.key.name === "key" && p.value.type === "Literal")
      names.add(String(p.value.value));
  }
  for (const a of index.of("AssignmentExpression", statements))
    if (a.left.type === "MemberExpression" && !a.left.computed) names.add(a.left.property.name);
  return names;
}
