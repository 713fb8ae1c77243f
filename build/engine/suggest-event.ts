/**
 * "Did you mean" for event names, shared by trigger metadata, `ehtrig new` and the harness's
 * fire(): the same misspelling gets the same answer everywhere.
 */
import { EVENT_NAMES } from "./events.ts";

/** Edit distance (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Up to four known events close to `name`: same spelling in another case, near spellings, then the same family. */
export function similarEvents(name: string): string[] {
  const upper = name.toUpperCase().replace(/[\s-]/g, "_");
  if ((EVENT_NAMES as readonly string[]).includes(upper)) return [upper];
  const near = EVENT_NAMES.map((e) => ({ e, d: distance(upper, e) }))
    .filter(({ e, d }) => d <= Math.max(2, Math.floor(e.length / 4)))
    .sort((a, b) => a.d - b.d)
    .map(({ e }) => e);
  const family = EVENT_NAMES.filter((e) => e.startsWith(upper.split("_")[0] + "_"));
  return [...new Set([...near, ...family])].slice(0, 4);
}

/** "; did you mean X, Y?" or "". */
export function didYouMean(name: string): string {
  const close = similarEvents(name);
  return close.length ? `; did you mean ${close.join(", ")}?` : "";
}
