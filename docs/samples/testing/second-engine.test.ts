import { expect, it } from "vitest";
import { compareEngines, detection } from "ehtrig/testing";

it("runs the same on node:vm and the ES5 interpreter", () => {
  const result = compareEngines("ticket-tracking", [
    ["DETECTION_UPDATE", { detection: detection() }],
    ["DETECTION_UPDATE", { detection: detection({ isEventCreate: false, ticketId: "SEC-1" }) }],
  ]);
  expect(result.differences).toEqual([]);
});
