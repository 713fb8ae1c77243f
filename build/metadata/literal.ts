/**
 * Turns a Babel expression node into a plain JSON value without running any code. Only literal
 * syntax is allowed (objects, arrays, strings, numbers, booleans, null, templates without
 * expressions); anything else is reported with its position so the author can inline it.
 */
import type * as t from "@babel/types";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export class NotLiteral extends Error {
  constructor(
    readonly node: t.Node,
    what: string,
  ) {
    super(what);
  }
}

/** Strips TypeScript wrappers: `x satisfies T`, `x as const`, `<T>x`, `x!`, `(x)`. */
export function unwrap(node: t.Expression): t.Expression {
  let n = node;
  for (;;) {
    if (
      n.type === "TSSatisfiesExpression" ||
      n.type === "TSAsExpression" ||
      n.type === "TSTypeAssertion" ||
      n.type === "TSNonNullExpression" ||
      n.type === "ParenthesizedExpression"
    ) {
      n = n.expression;
    } else {
      return n;
    }
  }
}

export function literalValue(node: t.Expression): Json {
  const n = unwrap(node);
  switch (n.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
      return n.value;
    case "NullLiteral":
      return null;
    case "TemplateLiteral":
      if (n.expressions.length) throw new NotLiteral(n, "a template string with ${...} expressions");
      return n.quasis.map((q) => q.value.cooked ?? q.value.raw).join("");
    case "UnaryExpression":
      if (n.operator === "-" && n.argument.type === "NumericLiteral") return -n.argument.value;
      throw new NotLiteral(n, `the operator ${n.operator}`);
    case "ArrayExpression":
      return n.elements.map((el) => {
        if (!el || el.type === "SpreadElement") throw new NotLiteral(el ?? n, "a spread or hole in an array");
        return literalValue(el);
      });
    case "ObjectExpression": {
      const out: { [key: string]: Json } = {};
      for (const p of n.properties) {
        if (p.type !== "ObjectProperty" || p.computed)
          throw new NotLiteral(p, "a spread, method or computed key");
        const key =
          p.key.type === "Identifier"
            ? p.key.name
            : p.key.type === "StringLiteral"
              ? p.key.value
              : p.key.type === "NumericLiteral"
                ? String(p.key.value)
                : null;
        if (key === null) throw new NotLiteral(p.key, "a non-literal key");
        out[key] = literalValue(p.value as t.Expression);
      }
      return out;
    }
    case "Identifier":
      throw new NotLiteral(n, `the variable \`${n.name}\``);
    default:
      throw new NotLiteral(n, `an expression of kind ${n.type}`);
  }
}
