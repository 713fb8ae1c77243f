/**
 * One readable line per changed trigger field, for `deploy --dry-run` and the deploy summary:
 * short values shown as before → after, scripts as counts of added and removed lines.
 */
import type { TriggerFields } from "./desired.ts";
import type { RemoteTrigger } from "./plan.ts";

const MAX_VALUE = 80;

function show(value: unknown): string {
  const text = JSON.stringify(value ?? null);
  return text.length > MAX_VALUE ? text.slice(0, MAX_VALUE - 1) + "…" : text;
}

/** Lines only in `after` (+) and only in `before` (−), counted as multisets. */
export function lineChanges(before: string, after: string): { added: number; removed: number } {
  const pool = new Map<string, number>();
  for (const line of before.split("\n")) pool.set(line, (pool.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of after.split("\n")) {
    const n = pool.get(line) ?? 0;
    if (n > 0) pool.set(line, n - 1);
    else added++;
  }
  const removed = [...pool.values()].reduce((a, b) => a + b, 0);
  return { added, removed };
}

export function describeChanges(changes: Partial<TriggerFields>, before: RemoteTrigger): string[] {
  return Object.entries(changes).map(([field, after]) => {
    if (field === "script") {
      const { added, removed } = lineChanges(before.script ?? "", String(after));
      return `script: +${added} −${removed} line(s)`;
    }
    return `${field}: ${show(before[field as keyof RemoteTrigger])} → ${show(after)}`;
  });
}
