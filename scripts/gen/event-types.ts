/**
 * Renders `types/events.d.ts` (the `EventName` union trigger code is checked against) from the
 * event table in `build/engine/events.ts`, so the type and the table cannot drift apart.
 * `test/types/event-types.test.ts` fails when the committed file is stale.
 *
 * Regenerate: npm run docs:gen
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { EVENT_NAMES } from "../../build/engine/events.ts";

export const EVENT_TYPES_FILE = "types/events.d.ts";
export const REGENERATE_COMMAND = "npm run docs:gen";

/** The file text, already in the shape prettier gives it (the format check must stay clean). */
export function renderEventTypes(names: readonly string[] = EVENT_NAMES): string {
  const sorted = [...names].sort();
  return [
    "// Generated from build/engine/events.ts by scripts/gen/event-types.ts; do not edit.",
    `// Regenerate: ${REGENERATE_COMMAND}`,
    "",
    `/** Name of an ExtraHop Trigger API 26.2 event (${sorted.length} events). */`,
    "type EventName =",
    ...sorted.map((name, i) => `  | ${JSON.stringify(name)}${i === sorted.length - 1 ? ";" : ""}`),
    "",
  ].join("\n");
}

export function writeEventTypes(root: string): string {
  const file = resolve(root, EVENT_TYPES_FILE);
  writeFileSync(file, renderEventTypes());
  return file;
}
