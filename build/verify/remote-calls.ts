/**
 * Gate, part 3 — Open Data Stream calls the engine would refuse, caught at build time when they
 * are written literally: a target name ehtrig.config.json does not declare, or declares with
 * another type (`Remote.Kafka("siem")` for a syslog target), and a restricted header in a
 * Remote.HTTP request's `headers` object. Names and headers computed at run time are left to
 * the engine (and the harness, which throws as it does).
 */
import type { Node } from "acorn";
import { HTTP_TARGET_METHODS, isRestrictedHeader } from "../engine/remote-http.ts";
import { DEFAULT_TARGET, ODS_CLASSES } from "../engine/targets.ts";
import type { TargetType } from "../project/config.ts";

type AnyNode = Node & Record<string, any>;

export interface RemoteProblem {
  code: "EH513" | "EH514";
  message: string;
  node: AnyNode;
}

/**
 * @param calls the script's CallExpression nodes to judge (verify/node-index.ts)
 * @param targets the declared targets, name → type
 * @param isFree whether an identifier node refers to the global (not a local named Remote)
 */
export function remoteCallProblems(
  calls: readonly AnyNode[],
  targets: Readonly<Record<string, TargetType>>,
  isFree: (n: Node) => boolean,
): RemoteProblem[] {
  const out: RemoteProblem[] = [];
  const declared = Object.keys(targets).join(", ") || "none";
  const checkTarget = (cls: string, name: string, node: AnyNode): void => {
    const want = ODS_CLASSES[cls]!;
    const have = targets[name];
    if (!have)
      out.push({
        code: "EH513",
        message: `Remote.${cls}: no Open Data Stream target named "${name}" in ehtrig.config.json (declared: ${declared})`,
        node,
      });
    else if (have !== want)
      out.push({
        code: "EH513",
        message: `Remote.${cls}: target "${name}" is a ${have} target, not ${want}`,
        node,
      });
  };
  /** "HTTP" for `Remote.HTTP`, else undefined. */
  const odsClass = (n: AnyNode): string | undefined =>
    n.type === "MemberExpression" &&
    !n.computed &&
    n.object.type === "Identifier" &&
    n.object.name === "Remote" &&
    isFree(n.object) &&
    Object.prototype.hasOwnProperty.call(ODS_CLASSES, n.property.name)
      ? (n.property.name as string)
      : undefined;

  for (const n of calls) {
    const cls = odsClass(n.callee);
    const arg = n.arguments[0];
    if (cls && arg?.type === "Literal" && typeof arg.value === "string") checkTarget(cls, arg.value, arg);
    // Remote.HTTP.post(...): the target named default.
    if (n.callee.type === "MemberExpression" && !n.callee.computed) {
      const direct = odsClass(n.callee.object);
      if (direct) checkTarget(direct, DEFAULT_TARGET, n.callee);
      if (HTTP_TARGET_METHODS.has(n.callee.property.name)) restrictedHeaders(n, out);
    }
  }
  return out;
}

/** `{ headers: { Authorization: … } }` among a request's arguments. */
function restrictedHeaders(call: AnyNode, out: RemoteProblem[]): void {
  for (const arg of call.arguments as AnyNode[]) {
    if (arg.type !== "ObjectExpression") continue;
    for (const p of arg.properties as AnyNode[]) {
      if (keyName(p) !== "headers" || p.value.type !== "ObjectExpression") continue;
      for (const h of p.value.properties as AnyNode[]) {
        const name = keyName(h);
        if (name !== undefined && isRestrictedHeader(name))
          out.push({
            code: "EH514",
            message: `the ${name} header is restricted: Remote.HTTP refuses it from a trigger`,
            node: h,
          });
      }
    }
  }
}

function keyName(p: AnyNode): string | undefined {
  if (p.type !== "Property" || p.computed) return undefined;
  if (p.key.type === "Identifier") return p.key.name;
  if (p.key.type === "Literal") return String(p.key.value);
  return undefined;
}
