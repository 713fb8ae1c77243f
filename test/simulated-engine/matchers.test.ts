import { describe, expect, it } from "vitest";
import { triggerMatchers } from "../../simulated-engine/matchers.ts";
import { inlineTrigger } from "../support/inline-trigger.ts";

const run = () =>
  inlineTrigger(
    `log("sending"); Remote.HTTP("ticket-server").post({ path: "/rest/api/issue", payload: "{\\"a\\":1}" }); Remote.Syslog("siem").warn("w");`,
    ["TIMER_30SEC"],
  ).fire("TIMER_30SEC");

describe("trigger matchers", () => {
  it("match ODS calls, log lines, detections, records and errors", () => {
    const r = run();
    expect(r).toHavePosted("ticket-server", { path: "/rest/api/issue", json: { a: 1 } });
    expect(r).not.toHavePosted("ticket-server", { path: "/other" });
    expect(r).toHaveSent("siem", { method: "warn" });
    expect(r).toHaveLogged(/^send/);
    expect(r).not.toHaveThrown();
    expect(r).not.toHaveCommittedDetection("x");
    expect(r).not.toHaveCommittedRecord("x");
  });

  it("print the run's log lines and ODS calls when they fail", () => {
    let message = "";
    try {
      expect(run()).toHavePosted("ticket-server", { path: "/nope" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('expected the run to POST to ticket-server with {"path":"/nope"}');
    expect(message).toContain("[log] sending");
    expect(message).toContain('ticket-server (http) POST /rest/api/issue {"a":1}');
    expect(message).toContain("siem (syslog) warn w");
  });

  it("refuse values that are not runs", () => {
    const result = triggerMatchers.toHaveLogged.call({ equals: () => false, isNot: false }, { ods: 1 }, "x");
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(/expects a TriggerRun/);
  });
});
