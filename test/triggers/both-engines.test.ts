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
  type EventName,
  type FireInput,
} from "ehtrig/testing";

/** A few inputs per event: fixtures where the event has them, empty objects otherwise. */
function inputs(event: string): FireInput[] {
  switch (event) {
    case "DETECTION_UPDATE":
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
      ];
    case "EXTERNAL_DATA":
      return [{ type: "feed", body: { ip: "203.0.113.9" } }];
    case "REMOTE_RESPONSE":
      return [{ response: { status: 201, body: "{}", context: null } }];
    default:
      return [{}];
  }
}

describe.each(builtTriggers().map((t) => [t.id, t] as const))("%s", (id, entry) => {
  it.each(entry.events)("runs the same on both engines on %s", (event) => {
    const steps = inputs(event).map((input): [EventName, FireInput] => [event as EventName, input]);
    const result = compareEngines(id, steps, { debug: true });
    expect(result.differences).toEqual([]);
  });
});
