/**
 * Renders `types/events.d.ts` (the `EventName` union trigger code is checked against) from the
 * event table in `build/engine/events.ts`, so the type and the table cannot drift apart.
 * `test/types/event-types.test.ts` fails when the committed file is stale.
 *
 * Regenerate: node bin/run-ts.js scripts/gen/event-types.ts
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { EVENT_NAMES } from "../../build/engine/events.ts";

export const EVENT_TYPES_FILE = "types/events.d.ts";
export const REGENERATE_COMMAND = "node bin/run-ts.js scripts/gen/event-types.ts";

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

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = resolve(fileURLToPath(import.meta.url), "../../..");
  process.stdout.write(`wrote ${writeEventTypes(root)}\n`);
}
