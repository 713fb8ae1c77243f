/**
 * Gate, part 1 — on the esnext bundle, before lowering: constructs that Babel could compile but
 * that need built-ins the engine lacks (async → Promise, generators → a 3 KB runtime, #private →
 * WeakMap), or that cannot be lowered at all (sticky/indices RegExp flags, BigInt, dynamic import).
 * Checked here because the esnext code still shows them plainly, with exact positions.
 */
import { parse, type Node } from "acorn";
import * as walk from "acorn-walk";
import { diagnostic, type Code, type Diagnostic } from "../diagnostics.ts";
import type { PositionMapper } from "../sourcemap.ts";

type AnyNode = Node & Record<string, any>;

function finding(node: AnyNode): { code: Code; message: string } | undefined {
  switch (node.type) {
    case "FunctionDeclaration":
    case "FunctionExpression":
    case "ArrowFunctionExpression":
      if (node.async && node.generator)
        return {
          code: "EH505",
          message: "async generator functions need Promise and Symbol.asyncIterator, which the engine lacks",
        };
      if (node.async)
        return { code: "EH505", message: "async functions need Promise, which the engine lacks" };
      if (node.generator)
        return { code: "EH506", message: "generator functions are not supported in triggers" };
      return undefined;
    case "AwaitExpression":
      return { code: "EH505", message: "await needs Promise, which the engine lacks" };
    case "ForOfStatement":
      return node.await
        ? { code: "EH505", message: "for await needs Promise, which the engine lacks" }
        : undefined;
    case "PropertyDefinition":
    case "MethodDefinition":
    case "MemberExpression":
      return node[node.type === "MemberExpression" ? "property" : "key"]?.type === "PrivateIdentifier"
        ? {
            code: "EH507",
            message: `#${node[node.type === "MemberExpression" ? "property" : "key"].name}: private class members need WeakMap, which the engine lacks`,
          }
        : undefined;
    case "Literal":
      if (node.regex && /[ydv]/.test(node.regex.flags)) {
        return {
          code: "EH508",
          message: `the RegExp flag(s) "${node.regex.flags.replace(/[^ydv]/g, "")}" cannot be expressed in ES5`,
        };
      }
      if (node.bigint !== undefined)
        return { code: "EH503", message: "BigInt literals need BigInt, which the engine lacks" };
      return undefined;
    case "ImportExpression":
      return { code: "EH510", message: "dynamic import() needs a module loader, which the engine lacks" };
    case "MetaProperty":
      return node.meta.name === "import"
        ? { code: "EH510", message: "import.meta has no meaning in a trigger" }
        : undefined;
    default:
      return undefined;
  }
}

/** @param trigger undefined for a module shared by several triggers (the caller attributes it) */
export function checkConstructs(
  code: string,
  mapper: PositionMapper,
  trigger: string | undefined,
  sourceType: "script" | "module" = "script",
): Diagnostic[] {
  const ast = parse(code, {
    ecmaVersion: "latest",
    sourceType,
    locations: true,
    allowReturnOutsideFunction: true,
  });
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  walk.full(ast, (node) => {
    const f = finding(node as AnyNode);
    if (!f) return;
    const loc = node.loc ? mapper.original(node.loc.start.line, node.loc.start.column) : undefined;
    const key = `${f.code}:${loc?.file}:${loc?.line}:${loc?.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(
      diagnostic(f.code, f.message, {
        ...(trigger ? { trigger } : {}),
        location: loc && { file: loc.file, line: loc.line, column: loc.column },
      }),
    );
  });
  return out;
}
