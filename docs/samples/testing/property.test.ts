import fc from "fast-check";
import { expect, it } from "vitest";
import { arbitraryDetection, loadTrigger } from "ehtrig/testing";

const ticket = loadTrigger("ticket-tracking");

it("opens exactly one issue for any new detection", () => {
  fc.assert(
    fc.property(arbitraryDetection({ isEventCreate: fc.constant(true) }), (d) => {
      const run = ticket.fire("DETECTION_UPDATE", { detection: d });
      expect(run.error).toBeNull();
      expect(run.ods).toHaveLength(1);
    }),
  );
});
