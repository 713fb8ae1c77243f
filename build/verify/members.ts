/**
 * Gate, part 3 — engine members read where the engine throws or refuses them. Only accesses written
 * straight on an engine global are judged (`DNS.answers`, `Flow.client.bytes`,
 * `SSL.record.ja3Hash`); an alias (`var f = Flow.client; f.bytes`) is not followed.
 *
 * - A member the reference restricts to some events (api-members.json `readableOn`) is an error
 *   when none of the trigger's events provides it. When some do, which event runs the code is
 *   decided at run time, so nothing is reported.
 * - A deprecated member (engine/deprecated.ts) is an error when the editor refuses it, otherwise a
 *   warning; both name the replacement.
 */
import type { Node } from "acorn";
import { API_CLASSES } from "../engine/api-members.ts";
import { DEPRECATED_MEMBERS, isRefused } from "../engine/deprecated.ts";
import type { EventName } from "../engine/events.ts";

type AnyNode = Node & Record<string, any>;

export type MemberReport = (
  code: "EH501" | "EH509",
  message: string,
  node: AnyNode,
  hint?: string,
  severity?: "error" | "warning",
) => void;

/** `Class.member` → the only events on which the member may be read. */
const READABLE_ON: ReadonlyMap<string, readonly string[]> = new Map(
  API_CLASSES.flatMap((c) =>
    [...c.properties, ...c.methods]
      .filter((m) => m.readableOn?.length)
      .map((m) => [`${c.class}.${m.name}`, m.readableOn!] as const),
  ),
);

const ROLES: ReadonlySet<string> = new Set(["client", "server", "sender", "receiver"]);

/**
 * The `Class.member` key an access stands for. Per-side members are listed without a role
 * (`TCP.initSeqNum` for `TCP.client.initSeqNum`) or, for Flow, only in their device1 form
 * (`Flow.bytes1` for `Flow.client.bytes`); record fields keep the record in the key.
 */
function keysOf(cls: string, path: readonly string[]): string[] {
  if (path.length === 1) return [`${cls}.${path[0]}`];
  if (path.length === 2 && ROLES.has(path[0]!)) return [`${cls}.${path[1]}`, `${cls}.${path[1]}1`];
  if (path.length === 2 && path[0] === "record") return [`${cls}.record.${path[1]}`];
  return [];
}

/** `X.a` or `X.a.b` with X a free identifier: the global and the property names, else undefined. */
function staticPath(n: AnyNode, free: ReadonlySet<Node>): { cls: string; path: string[] } | undefined {
  const path: string[] = [];
  let cur: AnyNode = n;
  while (cur.type === "MemberExpression" && !cur.computed && path.length < 2) {
    path.unshift(cur.property.name as string);
    cur = cur.object;
  }
  if (cur.type !== "Identifier" || !free.has(cur)) return undefined;
  return { cls: cur.name as string, path };
}

/** @param members the script's MemberExpression nodes to judge (verify/node-index.ts) */
export function checkMembers(
  members: readonly AnyNode[],
  free: ReadonlySet<Node>,
  events: readonly EventName[],
  available: (global: string) => boolean,
  report: MemberReport,
): void {
  for (const n of members) {
    const found = staticPath(n, free);
    // A global the events do not provide is reported on its own (EH501 for the name).
    if (!found || !available(found.cls)) continue;
    const shown = `${found.cls}.${found.path.join(".")}`;
    for (const key of keysOf(found.cls, found.path)) {
      const only = READABLE_ON.get(key);
      if (only && !only.some((e) => events.includes(e as EventName))) {
        report(
          "EH501",
          `${shown} is not readable on ${events.join(", ")}; the reference allows it on ${only.join(", ")}`,
          n,
        );
      }
      const old = DEPRECATED_MEMBERS[key];
      if (old && (!old.onEvents || old.onEvents.some((e) => events.includes(e as EventName)))) {
        const on = old.onEvents ? ` on ${old.onEvents.join(", ")}` : "";
        report(
          "EH509",
          `${shown} is deprecated${on} since ${old.since}`,
          n,
          `Use ${old.replacement} instead.`,
          isRefused(key) ? "error" : "warning",
        );
      }
    }
  }
}

/**
 * `commitDetection(type, { categories: … })`: the option is deprecated (categories live in the
 * Detection Catalog). @param calls the script's CallExpression nodes to judge
 */
export function checkCommitDetectionOptions(
  calls: readonly AnyNode[],
  free: ReadonlySet<Node>,
  report: MemberReport,
): void {
  for (const n of calls) {
    if (n.callee.type !== "Identifier" || n.callee.name !== "commitDetection" || !free.has(n.callee))
      continue;
    const options = n.arguments[1];
    if (options?.type !== "ObjectExpression") continue;
    for (const p of options.properties as AnyNode[]) {
      const key = p.key?.type === "Identifier" ? p.key.name : p.key?.value;
      if (key === "categories")
        report(
          "EH509",
          "the categories option of commitDetection() is deprecated since 9.3",
          p,
          "Set the categories on the detection type in the Detection Catalog instead.",
          "warning",
        );
    }
  }
}
