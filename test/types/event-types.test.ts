/**
 * types/events.d.ts is generated from build/engine/events.ts; this fails when the committed file
 * no longer matches what the generator renders (regenerate with the command in its header).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EVENT_NAMES } from "../../build/engine/events.ts";
import { EVENT_TYPES_FILE, REGENERATE_COMMAND, renderEventTypes } from "../../scripts/gen/event-types.ts";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const committed = readFileSync(resolve(root, EVENT_TYPES_FILE), "utf8");

describe("types/events.d.ts", () => {
  it("is up to date with build/engine/events.ts", () => {
    expect(committed, `stale: run ${REGENERATE_COMMAND}`).toBe(renderEventTypes());
  });

  it("lists exactly the events of the event table", () => {
    const listed = [...committed.matchAll(/^ {2}\| "([A-Z0-9_]+)";?$/gm)].map((m) => m[1]);
    expect(listed.slice().sort()).toEqual([...EVENT_NAMES].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("says it is generated and how to regenerate it", () => {
    expect(committed).toMatch(/do not edit/);
    expect(committed).toContain(REGENERATE_COMMAND);
  });

  it("renders a changed table differently", () => {
    const fewer = EVENT_NAMES.filter((name) => name !== "HTTP_REQUEST");
    expect(renderEventTypes(fewer)).not.toBe(committed);
    expect(renderEventTypes(fewer)).not.toContain('"HTTP_REQUEST"');
  });
});
