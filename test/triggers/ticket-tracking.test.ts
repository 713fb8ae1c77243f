/**
 * The ticket-tracking example trigger, through the harness: the real compiled artifact
 * (dist/ticket-tracking.js), on both engines.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  arbitraryDetection,
  compareEngines,
  detection,
  loadRestDetection,
  loadTrigger,
} from "ehtrig/testing";

const ticket = loadTrigger("ticket-tracking");
const debugTicket = loadTrigger("ticket-tracking", { debug: true });

interface JiraIssue {
  fields: {
    project: { key: string };
    issuetype: { name: string };
    summary: string;
    description: string;
    assignee: { name: string };
    reporter: { name: string };
    priority: { name: string };
    labels: string[];
  };
}

describe("ticket-tracking", () => {
  it("opens one Jira issue for a new detection", () => {
    const d = detection({ id: 4242, title: "Rare SSH Port", riskScore: 85 });
    const run = ticket.fire("DETECTION_UPDATE", { detection: d });
    expect(run).not.toHaveThrown();
    expect(run.ods).toHaveLength(1);
    expect(run).toHavePosted("ticket-server", {
      path: "/rest/api/issue",
      headers: { "Content-Type": "application/json" },
    });
    const issue = run.ods[0].json as JiraIssue;
    expect(issue.fields.summary).toBe("ExtraHop Detection: 4242: Rare SSH Port");
    expect(issue.fields.priority.name).toBe("Highest");
    expect(issue.fields.labels).toEqual(["sec.lateral", "mitre-T1021", "mitre-TA0008"]);
    expect(issue.fields.description).toContain(
      "Participants: offender: 203.0.113.7; victim: [object Device 1904]",
    );
  });

  it("logs a failure when the ticket server refuses the request", () => {
    ticket.target("ticket-server").refuse();
    const run = ticket.fire("DETECTION_UPDATE", { detection: detection({ id: 77 }) });
    expect(run).toHaveLogged("could not queue Jira issue for detection 77 to ticket-server");
    expect(run.ods[0].accepted).toBe(false);
  });

  it("comments on the ticket when a tracked detection changes", () => {
    const d = detection({ id: 9, isEventCreate: false, ticketId: "SEC 12/a", status: "in_progress" });
    const run = ticket.fire("DETECTION_UPDATE", { detection: d });
    expect(run).toHavePosted("ticket-server", { path: "/rest/api/issue/SEC%2012%2Fa/comment" });
    expect((run.ods[0].json as { body: string }).body).toMatch(
      /^Detection 9 was updated at .*: status in_progress, risk score 60\.$/,
    );
  });

  it("keeps the issue key from the ticket server's answer and comments on it until tickets sync", () => {
    const created = ticket.fire("DETECTION_UPDATE", { detection: detection({ id: 31 }) });
    expect(created.ods[0]).toMatchObject({ enableResponseEvent: true, context: { detection: 31 } });
    const answer = created.respond({ status: 201, body: JSON.stringify({ id: "10007", key: "SEC-7" }) });
    expect(answer).not.toHaveThrown();
    expect(ticket.session).toEqual({ "ticket-tracking:issue:31": "SEC-7" });
    const update = ticket.fire("DETECTION_UPDATE", {
      detection: detection({ id: 31, isEventCreate: false, ticketId: null }),
    });
    expect(update.ods).toHaveLength(1);
    expect(update).toHavePosted("ticket-server", { path: "/rest/api/issue/SEC-7/comment" });
  });

  it("opens the issue on the next update when the ticket server refused it", () => {
    const created = ticket.fire("DETECTION_UPDATE", { detection: detection({ id: 32 }) });
    const refused = created.respond({ status: 503, body: "down for maintenance" });
    expect(refused).toHaveLogged("ticket-server answered 503 to the issue for detection 32");
    expect(ticket.session).toEqual({});
    const d = detection({ id: 32, isEventCreate: false, ticketId: null });
    const retried = debugTicket.fire("DETECTION_UPDATE", { detection: d });
    expect(retried).toHavePosted("ticket-server", { path: "/rest/api/issue" });
    expect(retried).toHaveLogged("detection 32 has no issue yet; opening it now");
  });

  it("does not open a second issue while the first request is unanswered; a minute without an answer, it does", () => {
    const created = debugTicket.fire("DETECTION_UPDATE", { detection: detection({ id: 33 }) });
    expect(created.ods).toHaveLength(1);
    const update = () =>
      debugTicket.fire("DETECTION_UPDATE", {
        detection: detection({ id: 33, isEventCreate: false, ticketId: null }),
      });
    const early = update();
    expect(early.ods).toEqual([]);
    expect(early).toHaveLogged("detection 33's issue request is still unanswered; not opening another");
    debugTicket.advance(61_000);
    const late = update();
    expect(late).toHavePosted("ticket-server", { path: "/rest/api/issue" });
  });

  it("ignores answers that are not to its issue requests", () => {
    const run = ticket.fire("REMOTE_RESPONSE", { response: { status: 201, body: "{}", context: null } });
    expect(run).not.toHaveThrown();
    expect(run.logs).toEqual([]);
    expect(ticket.session).toEqual({});
  });

  it("replays REST detections exported from an appliance", () => {
    const rest = loadRestDetection("test/fixtures/detections/ransomware-in-progress.json");
    const run = ticket.fire("DETECTION_UPDATE", { detection: rest });
    expect((run.ods[0].json as JiraIssue).fields.priority.name).toBe("Highest");
    expect((run.ods[0].json as JiraIssue).fields.description).toContain(
      "T1486 Data Encrypted for Impact, TA0040 Impact",
    );
  });

  it("maps a runtime error to the TypeScript line", () => {
    const noTargets = loadTrigger("ticket-tracking", { targets: {} });
    const run = noTargets.fire("DETECTION_UPDATE", { detection: detection() });
    expect(run.error?.message).toMatch(/no Open Data Stream target named "ticket-server"/);
    expect(run.error?.location?.file).toBe("triggers/ticket-tracking.ts");
    // The line of the first Remote.HTTP(...) call in the source: where the engine threw.
    const source = readFileSync("triggers/ticket-tracking.ts", "utf8").split("\n");
    const callLine = source.findIndex((l) => l.includes("Remote.HTTP(")) + 1;
    expect(callLine).toBeGreaterThan(0);
    expect(run.error?.location?.line).toBe(callLine);
  });

  it("runs the same on the ES5 interpreter as on node:vm", () => {
    const steps = [
      ["DETECTION_UPDATE", { detection: detection({ id: 1 }) }],
      ["DETECTION_UPDATE", { detection: detection({ id: 1, isEventCreate: false, ticketId: "SEC-1" }) }],
      ["DETECTION_UPDATE", { detection: detection({ id: 1, isEventCreate: false }) }],
      ["DETECTION_UPDATE", { detection: loadRestDetection("test/fixtures/detections/rare-ssh-port.json") }],
    ] as const;
    const result = compareEngines(
      "ticket-tracking",
      steps.map(([e, i]) => [e, i]),
      { debug: true },
    );
    expect(result.differences).toEqual([]);
    expect(result.interpreter[0].ods).toHaveLength(1);
  });
});

describe("ticket-tracking properties", () => {
  it("sends exactly one well-formed Jira issue for any new detection, and never throws", () => {
    fc.assert(
      fc.property(arbitraryDetection({ isEventCreate: fc.constant(true) }), (d) => {
        const run = ticket.fire("DETECTION_UPDATE", { detection: d });
        expect(run.error).toBeNull();
        expect(run.ods).toHaveLength(1);
        const call = run.ods[0];
        expect(call).toMatchObject({ target: "ticket-server", method: "POST", path: "/rest/api/issue" });
        const issue = JSON.parse(call.payload!) as JiraIssue;
        expect(issue.fields.summary).toBe(`ExtraHop Detection: ${d.id}: ${d.title}`);
        expect(issue.fields.project.key).toBe("SEC");
        expect(["Highest", "High", "Medium", "Low"]).toContain(issue.fields.priority.name);
        for (const label of issue.fields.labels) expect(label).toMatch(/^[A-Za-z0-9._-]+$/);
      }),
      { numRuns: 300 },
    );
  });

  it("on updates: one comment when there is a ticket, otherwise the issue; payload always JSON", () => {
    fc.assert(
      fc.property(arbitraryDetection({ isEventCreate: fc.constant(false) }), (d) => {
        ticket.reset(); // each detection on a fresh sensor: no earlier request is pending
        const run = ticket.fire("DETECTION_UPDATE", { detection: d });
        expect(run.error).toBeNull();
        expect(run.ods).toHaveLength(1);
        expect(run.ods[0].path).toBe(
          d.ticketId ? `/rest/api/issue/${encodeURIComponent(d.ticketId)}/comment` : "/rest/api/issue",
        );
        expect(() => JSON.parse(run.ods[0].payload!)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("agrees between the two engines for any detection", () => {
    fc.assert(
      fc.property(arbitraryDetection(), (d) => {
        expect(
          compareEngines("ticket-tracking", [["DETECTION_UPDATE", { detection: d }]], { debug: true })
            .differences,
        ).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
