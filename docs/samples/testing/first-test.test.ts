// test/triggers/ticket-tracking.test.ts
import { describe, expect, it } from "vitest";
import { detection, loadTrigger } from "ehtrig/testing";

const ticket = loadTrigger("ticket-tracking"); // id (file stem) or trigger name

describe("ticket-tracking", () => {
  it("opens a Jira issue for a new detection", () => {
    const run = ticket.fire("DETECTION_UPDATE", { detection: detection({ id: 42, riskScore: 85 }) });
    expect(run).not.toHaveThrown();
    expect(run).toHavePosted("ticket-server", { path: "/rest/api/issue" });
    expect(run.ods[0]!.json).toMatchObject({ fields: { priority: { name: "Highest" } } });
  });
});
