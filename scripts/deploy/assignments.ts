/**
 * Device and device group assignments: for each trigger named in the appliance's `assignments`
 * config, the appliance ends up with exactly the listed ids (missing ones assigned, others
 * unassigned) through POST /triggers/{id}/devices and /devicegroups with {assign, unassign}.
 * Triggers without an entry keep whatever assignments they have (made in the UI, say).
 */
import type { RestClient } from "../rest/client.ts";
import type { Assignment } from "../rest/appliances.ts";
import schema from "../rest/schemas/assignments.schema.json" with { type: "json" };

export const ASSIGNMENT_KINDS = [
  { config: "devices", path: "devices" },
  { config: "deviceGroups", path: "devicegroups" },
] as const;

export interface AssignmentChange {
  kind: "devices" | "devicegroups";
  assign: number[];
  unassign: number[];
}

/** Current ids on the appliance; a trigger not created yet has none. */
export async function currentAssignment(
  client: RestClient,
  remoteId: number | undefined,
  path: string,
): Promise<number[]> {
  if (remoteId === undefined) return [];
  const answer = await client.request<Array<{ id: number }>>("GET", `/triggers/${remoteId}/${path}`, {
    schema,
    expect: [200],
  });
  return answer.body.map((o) => o.id);
}

export async function assignmentChanges(
  client: RestClient,
  remoteId: number | undefined,
  want: Assignment,
): Promise<AssignmentChange[]> {
  const changes: AssignmentChange[] = [];
  for (const kind of ASSIGNMENT_KINDS) {
    const wanted = want[kind.config];
    if (wanted === undefined) continue;
    const have = new Set(await currentAssignment(client, remoteId, kind.path));
    const assign = wanted.filter((id) => !have.has(id));
    const unassign = [...have].filter((id) => !wanted.includes(id)).sort((a, b) => a - b);
    if (assign.length || unassign.length) changes.push({ kind: kind.path, assign, unassign });
  }
  return changes;
}

export async function applyAssignment(
  client: RestClient,
  remoteId: number,
  change: AssignmentChange,
): Promise<void> {
  // The same request twice leaves the same assignment, so it may be retried safely.
  await client.request("POST", `/triggers/${remoteId}/${change.kind}`, {
    body: { assign: change.assign, unassign: change.unassign },
    idempotent: true,
    expect: [204],
  });
}
