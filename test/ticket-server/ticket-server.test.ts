/**
 * The simulated ticket server (issue 10, item 3): the ticket trigger's own request creates an
 * issue as Jira answers it; issues are assigned, moved and resolved over REST; the export is
 * input that `ehtrig tickets sync` accepts, in API values and in UI labels.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTicketServer, type TicketServer } from "../../scripts/ticket-server/server.ts";
import { readRowFile } from "../../scripts/tickets/read-rows.ts";
import { validateRows } from "../../scripts/tickets/validate-rows.ts";
import { detection, loadScript } from "../../simulated-engine/index.ts";

let server: TicketServer;
beforeEach(async () => (server = await startTicketServer()));
afterEach(() => server.close());

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** The issue the example ticket trigger posts for a detection, taken from a real harness run. */
function triggerIssue(id: number, title: string): unknown {
  const script = `(function () {
  Remote.HTTP("ticket-server").post({ path: "/rest/api/issue", payload: JSON.stringify({
    fields: { project: { key: "SEC" }, summary: "ExtraHop Detection: " + Detection.id + ": " + Detection.title,
      assignee: { name: "escalations_team" }, priority: { name: "High" }, labels: ["lateral_movement"] } }) });
})();`;
  const run = loadScript(
    { id: "opens", events: ["DETECTION_UPDATE"], script },
    { targets: { "ticket-server": { type: "http" } } },
  ).fire("DETECTION_UPDATE", { detection: detection({ id, title }) });
  return run.ods[0]!.json;
}

describe("simulated ticket server", () => {
  it("creates issues with Jira's answer and keys SEC-1, SEC-2, …", async () => {
    const first = await call("POST", "/rest/api/issue", triggerIssue(42, "SSH on a rare port"));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      key: "SEC-1",
      id: expect.any(String),
      self: expect.stringContaining("/rest/api/issue/"),
    });
    expect((await call("POST", "/rest/api/issue", triggerIssue(43, "Beaconing"))).body.key).toBe("SEC-2");
    const issue = await call("GET", "/rest/api/issue/SEC-1");
    expect(issue.body.fields).toMatchObject({
      summary: "ExtraHop Detection: 42: SSH on a rare port",
      status: { name: "To Do" },
      assignee: { name: "escalations_team" },
      priority: { name: "High" },
      resolution: null,
    });
  });

  it("assigns, moves through the workflow, resolves and comments", async () => {
    await call("POST", "/rest/api/issue", triggerIssue(7, "Ransomware activity"));
    expect((await call("PUT", "/rest/api/issue/SEC-1/assignee", { name: "alice" })).status).toBe(204);
    const transitions = (await call("GET", "/rest/api/issue/SEC-1/transitions")).body.transitions;
    expect(transitions.map((t: { name: string }) => t.name)).toEqual(["To Do", "In Progress", "Done"]);
    expect(
      (await call("POST", "/rest/api/issue/SEC-1/transitions", { transition: { id: "21" } })).status,
    ).toBe(204);
    expect((await call("GET", "/rest/api/issue/SEC-1")).body.fields.status.name).toBe("In Progress");
    await call("POST", "/rest/api/issue/SEC-1/transitions", {
      transition: { id: "31" },
      fields: { resolution: { name: "Won't Do" } },
    });
    expect((await call("POST", "/rest/api/issue/SEC-1/comment", { body: "false positive" })).status).toBe(
      201,
    );
    const done = (await call("GET", "/rest/api/issue/SEC-1")).body.fields;
    expect(done).toMatchObject({
      status: { name: "Done" },
      resolution: { name: "Won't Do" },
      assignee: { name: "alice" },
    });
    expect(done.comment.comments.map((c: { body: string }) => c.body)).toEqual(["false positive"]);
  });

  it("answers mistakes as Jira does", async () => {
    expect(await call("POST", "/rest/api/issue", { fields: {} })).toMatchObject({
      status: 400,
      body: { errors: { summary: expect.any(String) } },
    });
    expect((await call("GET", "/rest/api/issue/SEC-99")).status).toBe(404);
    const bad = await fetch(`${server.url}/rest/api/issue`, { method: "POST", body: "{not json" });
    expect(bad.status).toBe(400);
    await call("POST", "/rest/api/issue", triggerIssue(1, "x"));
    expect(
      (await call("POST", "/rest/api/issue/SEC-1/transitions", { transition: { id: "99" } })).status,
    ).toBe(400);
  });

  it.each(["api", "ui"] as const)("exports every issue as tickets sync input (%s)", async (form) => {
    await call("POST", "/rest/api/issue", triggerIssue(42, "SSH on a rare port"));
    await call("POST", "/rest/api/issue", triggerIssue(43, "Beaconing"));
    await call("POST", "/rest/api/issue", { fields: { summary: "not about a detection" } });
    await call("PUT", "/rest/api/issue/SEC-2/assignee", { name: "bob" });
    await call("POST", "/rest/api/issue/SEC-2/transitions", { transition: { id: "31" } });
    const rows = (await call("GET", `/ehtrig/export?form=${form}`)).body;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ detection_id: 43, ticket_id: "SEC-2", assignee: "bob" });
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-tickets-export-"));
    try {
      const file = join(dir, "export.json");
      writeFileSync(file, JSON.stringify(rows));
      const { updates, problems } = validateRows(readRowFile(file).rows, "export.json");
      expect(problems).toEqual([]);
      expect(updates.map((u) => [u.path, u.body])).toEqual([
        [
          "/detections/42",
          { ticket_id: "SEC-1", status: "new", assignee: "escalations_team", resolution: null },
        ],
        [
          "/detections/43",
          { ticket_id: "SEC-2", status: "closed", assignee: "bob", resolution: "action_taken" },
        ],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
