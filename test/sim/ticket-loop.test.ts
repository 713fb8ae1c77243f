/**
 * Issue 10: the ticket-tracking loop of ExtraHop's guide, end to end over real sockets. The real
 * compiled example triggers are deployed with `ehtrig deploy`; a detection appears on the
 * simulated appliance, the ticket trigger opens a Jira issue on the simulated ticket server
 * through its HTTP ODS target, people work the issue, `ehtrig tickets sync` writes it back, and
 * later updates become comments.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startTicketServer, type TicketServer } from "../../scripts/ticket-server/server.ts";
import { call, targetServer, type TargetServer } from "./runtime-helpers.ts";
import { RARE_SSH, TICKET_TRIGGER, ticketLoop, type Loop } from "./ticket-loop-helpers.ts";

let loop: Loop | undefined;
const extra: Array<TicketServer | TargetServer> = [];
afterEach(async () => {
  await loop?.close();
  loop = undefined;
  while (extra.length) await extra.pop()!.close();
});

/** A request to the ticket server, as a person working the issue would make it. */
async function jira(tickets: TicketServer, method: string, path: string, body?: unknown): Promise<number> {
  const res = await fetch(`${tickets.url}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

describe("the ticket-tracking loop on one machine", () => {
  it("opens SEC-1 for a new detection, comments on updates, and runs nothing when tickets sync writes back", async () => {
    loop = await ticketLoop();
    const { sim, tickets } = loop;
    const d = sim.createDetection(RARE_SSH);
    await sim.settle();
    expect(tickets.store.all()).toHaveLength(1);
    const issue = tickets.store.get("SEC-1")!;
    expect(issue).toMatchObject({
      summary: `ExtraHop Detection: ${d.id}: Rare SSH Port`,
      priority: "Highest",
      assignee: "escalations_team",
      labels: ["sec.lateral", "mitre-T1021", "mitre-TA0008"],
      status: "To Do",
    });
    expect(issue.description).toContain("Participants: offender: 203.0.113.7; victim: [object Device 1904]");

    // An update before tickets sync: the key came back in the ticket server's answer.
    sim.updateDetection(d.id, { risk_score: 90 });
    await sim.settle();
    expect(tickets.store.all()).toHaveLength(1);
    expect(issue.comments).toEqual([
      expect.stringMatching(/^Detection \d+ was updated at .*: status open, risk score 90\.$/),
    ]);

    // People work the issue; tickets sync writes it back with the real PATCH /detections/{id}.
    expect(await jira(tickets, "PUT", "/rest/api/issue/SEC-1/assignee", { name: "alice" })).toBe(204);
    expect(
      await jira(tickets, "POST", "/rest/api/issue/SEC-1/transitions", { transition: { id: "21" } }),
    ).toBe(204);
    const rows = await (await fetch(`${tickets.url}/ehtrig/export`)).json();
    writeFileSync(join(loop.p.root, "tickets.json"), JSON.stringify(rows));
    const logBefore = sim.triggerLog(TICKET_TRIGGER).length;
    const requestsBefore = tickets.requests.length;
    const sync = await loop.cli("tickets", "sync", "tickets.json", "--to", "lab", "--json");
    expect(sync.code, sync.stdout + sync.stderr).toBe(0);
    expect(sim.state.detections[d.id]).toMatchObject({
      ticket_id: "SEC-1",
      status: "in_progress",
      assignee: "alice",
    });
    await sim.settle();
    expect(tickets.requests.length).toBe(requestsBefore);
    expect(sim.triggerLog(TICKET_TRIGGER).length).toBe(logBefore);

    // The next update sees the ticket id and status that were written back.
    sim.updateDetection(d.id, { risk_score: 95 });
    await sim.settle();
    expect(tickets.store.all()).toHaveLength(1);
    expect(issue.comments[1]).toMatch(/: status in_progress, risk score 95\.$/);
    expect(sim.triggerLog(TICKET_TRIGGER).filter((e) => e.kind === "error")).toEqual([]);
  });

  it("opens no issue while the ticket trigger is disabled", async () => {
    loop = await ticketLoop();
    const { sim, tickets } = loop;
    const t = sim.state.triggers.find((x) => x.name === TICKET_TRIGGER)!;
    expect((await call(sim, "PATCH", `/api/v1/triggers/${t.id}`, { disabled: true })).status).toBe(204);
    sim.createDetection(RARE_SSH);
    await sim.settle();
    expect(tickets.store.all()).toEqual([]);
    expect(sim.deliveries).toEqual([]);
  });

  it("survives the ticket server being down: the log says so, and the next update opens the issue", async () => {
    loop = await ticketLoop();
    const { sim } = loop;
    const port = Number(new URL(loop.tickets.url).port);
    await loop.tickets.close();
    const d = sim.createDetection(RARE_SSH);
    await sim.settle();
    const log = sim.triggerLog(TICKET_TRIGGER);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: "ods", event: "DETECTION_UPDATE" });
    expect(log[0]!.message).toBe(
      `Remote.HTTP("ticket-server"): POST /rest/api/issue failed: connect ECONNREFUSED 127.0.0.1:${port}`,
    );
    expect((await call(sim, "GET", "/api/v1/triggers")).status).toBe(200);

    const back = await startTicketServer({ port });
    extra.push(back);
    // Within a minute of the unanswered request, an update waits for it rather than open another.
    sim.updateDetection(d.id, { risk_score: 65 });
    await sim.settle();
    expect(back.store.all()).toEqual([]);
    // A minute later, with no answer ever, the next update opens the issue.
    sim.advanceClock(61_000);
    sim.updateDetection(d.id, { risk_score: 70 });
    await sim.settle();
    expect(back.store.all().map((i) => i.summary)).toEqual([`ExtraHop Detection: ${d.id}: Rare SSH Port`]);
    sim.updateDetection(d.id, { risk_score: 75 });
    await sim.settle();
    expect(back.store.all()).toHaveLength(1);
    expect(back.store.get("SEC-1")!.comments).toHaveLength(1);
  });

  it("tries again after the ticket server refused the issue (503)", async () => {
    loop = await ticketLoop();
    const { sim, tickets } = loop;
    const maintenance = await targetServer();
    extra.push(maintenance);
    maintenance.answer = () => ({ status: 503, body: "down for maintenance" });
    sim.setOdsTargets(loop.targets(maintenance.port));
    const d = sim.createDetection(RARE_SSH);
    await sim.settle();
    expect(sim.triggerLog(TICKET_TRIGGER).map((e) => e.message)).toEqual([
      'Remote.HTTP("ticket-server"): POST /rest/api/issue answered 503 Service Unavailable: down for maintenance',
      `ticket-tracking: ticket-server answered 503 to the issue for detection ${d.id}; its next update tries again`,
    ]);
    sim.setOdsTargets(loop.targets(Number(new URL(tickets.url).port)));
    sim.updateDetection(d.id, { risk_score: 70 });
    await sim.settle();
    expect(tickets.store.all()).toHaveLength(1);
  });
});
