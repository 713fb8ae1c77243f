/**
 * Every trigger of the project, on every event it runs on, behaves the same on node:vm and on the
 * ES5 interpreter: proof that the lowered output does not lean on V8. New triggers are covered
 * as soon as they are built.
 */
import { describe, expect, it } from "vitest";
import {
  builtTriggers,
  compareEngines,
  detection,
  loadRestDetection,
  sampleInput,
  type EventName,
  type EventStep,
} from "ehtrig/testing";

/** A few inputs per event: several detections, a realistic fixture of every other event. */
function steps(event: EventName): EventStep[] {
  if (event !== "DETECTION_UPDATE") return [[event, sampleInput(event)] as EventStep];
  return [
    { detection: detection() },
    {
      detection: detection({
        isEventCreate: false,
        ticketId: "SEC-7",
        status: "closed",
        riskScore: null,
      }),
    },
    { detection: loadRestDetection("test/fixtures/detections/ransomware-in-progress.json") },
  ].map((input): EventStep => ["DETECTION_UPDATE", input]);
}

describe.each(builtTriggers().map((t) => [t.id, t] as const))("%s", (id, entry) => {
  it.each(entry.events)("runs the same on both engines on %s", (event) => {
    const result = compareEngines(id, steps(event as EventName), { debug: true });
    expect(result.differences).toEqual([]);
  });
});
