/**
 * The deploy plan: compares the project's triggers with GET /triggers by name. A remote trigger is
 * managed when its author is the project author; deploy creates, updates (only changed fields),
 * and with --prune deletes managed triggers, and never touches any other. A name taken by an
 * unmanaged trigger stops the deploy before anything changes. A project trigger's name held by
 * several managed triggers (a create whose answer was lost, then sent again) is reconciled: the
 * oldest (lowest id) is kept and brought up to date, the others are deleted.
 */
import { diagnostic, type Diagnostic } from "../../build/diagnostics.ts";
import { COMPARED_FIELDS, type DesiredTrigger, type TriggerFields } from "./desired.ts";

/** A trigger as GET /triggers returns it (validated by scripts/rest/schemas/trigger.schema.json). */
export interface RemoteTrigger {
  id: number;
  name: string;
  author?: string | null;
  description?: string | null;
  debug?: boolean;
  disabled?: boolean;
  events?: string[];
  hints?: Record<string, unknown> | null;
  script?: string;
}

export interface Plan {
  create: DesiredTrigger[];
  update: Array<{
    desired: DesiredTrigger;
    remoteId: number;
    changes: Partial<TriggerFields>;
    before: RemoteTrigger;
  }>;
  unchanged: Array<{ desired: DesiredTrigger; remoteId: number }>;
  /** Project trigger names held by more than one managed trigger: keep one, delete the others. */
  duplicates: Array<{ name: string; keep: number; remove: number[] }>;
  /** Managed triggers on the appliance that left the project: deleted with --prune. */
  orphaned: RemoteTrigger[];
  problems: Diagnostic[];
}

export function planDeploy(desired: DesiredTrigger[], remote: RemoteTrigger[], author: string): Plan {
  const plan: Plan = { create: [], update: [], unchanged: [], duplicates: [], orphaned: [], problems: [] };
  const byName = new Map<string, RemoteTrigger[]>();
  for (const r of remote) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  const wanted = new Set(desired.map((d) => d.fields.name));

  for (const d of desired) {
    const same = byName.get(d.fields.name) ?? [];
    const managed = same.filter((r) => r.author === author);
    if (same.length > managed.length) {
      const other = same.find((r) => r.author !== author)!;
      plan.problems.push(
        diagnostic(
          "EH751",
          `"${d.fields.name}" exists on the appliance (id ${other.id}) with author "${other.author ?? ""}", not "${author}"`,
          {
            trigger: d.id,
          },
        ),
      );
    } else if (managed.length === 0) plan.create.push(d);
    else {
      const [keep, ...extra] = [...managed].sort((a, b) => a.id - b.id);
      if (extra.length)
        plan.duplicates.push({ name: d.fields.name, keep: keep.id, remove: extra.map((r) => r.id) });
      const changes = changedFields(d.fields, keep);
      if (Object.keys(changes).length)
        plan.update.push({ desired: d, remoteId: keep.id, changes, before: keep });
      else plan.unchanged.push({ desired: d, remoteId: keep.id });
    }
  }
  plan.orphaned = remote.filter((r) => r.author === author && !wanted.has(r.name));
  return plan;
}

/** The fields whose remote value differs; absent remote values count as the REST defaults. */
export function changedFields(want: TriggerFields, have: RemoteTrigger): Partial<TriggerFields> {
  const current: Record<string, unknown> = {
    author: have.author ?? "",
    description: have.description ?? "",
    debug: have.debug ?? false,
    disabled: have.disabled ?? false,
    events: have.events ?? [],
    hints: have.hints ?? {},
    script: have.script ?? "",
  };
  const changes: Record<string, unknown> = {};
  for (const field of COMPARED_FIELDS) {
    // Events are a set: an appliance listing them in its own order has nothing to change.
    const same =
      field === "events"
        ? canonical([...want.events].sort()) === canonical([...(current.events as string[])].sort())
        : canonical(want[field]) === canonical(current[field]);
    if (!same) changes[field] = want[field];
  }
  return changes as Partial<TriggerFields>;
}

/** JSON with sorted object keys, so {a,b} and {b,a} compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
