import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { fixture, journalIn, patchesTo, writeFile, type Fixture } from "./helpers.ts";

let f: Fixture;
afterEach(() => f?.done());

function csv(rows: number, from = 1): string {
  const lines = ["detection_id,ticket_id,status,assignee"];
  for (let i = from; i < from + rows; i++)
    lines.push(`${i},TK-${i},${i % 2 ? "In Progress" : "closed"},analyst${i % 5}`);
  return lines.join("\n") + "\n";
}

describe("tickets sync", () => {
  it("writes every row and journals it; a rerun sends nothing", async () => {
    f = await fixture({ seed: { detections: 50 } });
    writeFile(f.dir, "rows.csv", csv(50));
    const first = await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--json"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      ok: true,
      rows: 50,
      detections: 50,
      sent: 50,
      skipped: 0,
      failed: [],
    });
    expect(f.sim.state.detections[7]).toMatchObject({
      ticket_id: "TK-7",
      status: "in_progress",
      assignee: "analyst2",
    });
    expect(f.sim.state.detections[8]).toMatchObject({ ticket_id: "TK-8", status: "closed" });
    const journal = readFileSync(journalIn(f.dir), "utf8").trim().split("\n");
    expect(journal).toHaveLength(50);

    const before = f.sim.requests.length;
    const second = await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--json"]);
    expect(JSON.parse(second.stdout)).toMatchObject({ sent: 0, skipped: 50 });
    // Only the ticket tracking check went out.
    expect(f.sim.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /api/v1/extrahop/ticketing",
    ]);
  });

  it("loses no row under injected 5xx, 429, resets and slow answers", async () => {
    f = await fixture({
      seed: { detections: 300 },
      faults: {
        rate: 0.1,
        kinds: ["500", "502", "503", "504", "429", "reset", "slow"],
        slowMs: 20,
        seed: 42,
      },
    });
    writeFile(f.dir, "rows.csv", csv(300));
    const r = await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--concurrency", "16", "--json"]);
    const out = JSON.parse(r.stdout);
    // 500 is not retried (it is not a "try later" answer); those rows fail and the rerun sends them.
    let summary = out;
    for (let i = 0; i < 5 && summary.failed.length; i++) {
      for (const failed of summary.failed) expect(failed.code).toMatch(/^EH71[17]$/);
      summary = JSON.parse((await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--json"])).stdout);
    }
    expect(summary.failed).toEqual([]);
    expect(f.sim.requests.some((q) => q.fault === "reset")).toBe(true);
    expect(f.sim.requests.some((q) => q.fault === "429")).toBe(true);
    for (let i = 1; i <= 300; i++) {
      expect(f.sim.state.detections[i]).toMatchObject({ ticket_id: `TK-${i}`, assignee: `analyst${i % 5}` });
      // Faults strike before the appliance acts, so every row was applied exactly once.
      expect(patchesTo(f.sim, `/api/v1/detections/${i}`)).toBe(1);
    }
  });

  it("sends one request per detection, carrying the state its last row gives", async () => {
    f = await fixture({
      seed: { detections: 3 },
      faults: { rate: 0.3, kinds: ["503", "slow"], slowMs: 15, seed: 3 },
    });
    const lines = ["detection_id,status,assignee"];
    for (let i = 0; i < 30; i++) lines.push(`1,${i % 2 ? "closed" : "in_progress"},a${i}`);
    writeFile(f.dir, "same.csv", lines.join("\n"));
    const r = await f.cli(["tickets", "sync", "same.csv", ...f.target, "--concurrency", "8"]);
    expect(r.code).toBe(0);
    const applied = f.sim.requests.filter((q) => q.method === "PATCH" && q.status === 204).map((q) => q.body);
    expect(applied).toEqual([{ status: "closed", assignee: "a29" }]);
    expect(f.sim.state.detections[1]).toMatchObject({ status: "closed", assignee: "a29" });
  });

  it("reports a detection whose state failed with all its rows; ticket rows fold into their detection", async () => {
    f = await fixture({ seed: { detections: 3 } });
    f.sim.state.detections[2].ticket_id = "T-2";
    writeFile(
      f.dir,
      "rows.jsonl",
      [
        '{"detection_id": 99, "status": "in_progress"}',
        '{"ticket_id": "T-2", "status": "acknowledged"}',
        '{"detection_id": 99, "status": "closed"}',
        '{"detection_id": 3, "status": "closed"}',
        '{"ticket_id": "T-404", "status": "closed"}',
      ].join("\n"),
    );
    const r = await f.cli(["tickets", "sync", "rows.jsonl", ...f.target, "--json"]);
    const out = JSON.parse(r.stdout);
    expect(
      out.failed.map((x: { detection?: number; rows: number[]; code: string }) => [
        x.detection,
        x.rows,
        x.code,
      ]),
    ).toEqual([
      [99, [1, 3], "EH715"],
      [undefined, [5], "EH715"],
    ]);
    expect(f.sim.requests.filter((q) => q.path === "/api/v1/detections/99")).toHaveLength(1);
    expect(f.sim.state.detections[2].status).toBe("acknowledged");
    expect(f.sim.state.detections[3].status).toBe("closed");
  });

  it("reports unknown detections as failed, exits 1, and retries only those", async () => {
    f = await fixture({ seed: { detections: 5 } });
    writeFile(
      f.dir,
      "rows.jsonl",
      ['{"detection_id":1,"status":"closed"}', '{"detection_id":77,"status":"closed"}'].join("\n"),
    );
    const r = await f.cli(["tickets", "sync", "rows.jsonl", ...f.target]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "2 row(s), 2 detection(s): 1 sent, 0 skipped (already in that state), 1 failed",
    );
    expect(r.stderr).toMatch(/detection 77 \(row 2\): EH715 .*detection 77 not found/);
    const again = await f.cli(["tickets", "sync", "rows.jsonl", ...f.target]);
    expect(again.stdout).toContain("1 skipped");
    expect(patchesTo(f.sim, "/api/v1/detections/1")).toBe(1);
    expect(f.sim.requests.filter((q) => q.path === "/api/v1/detections/77")).toHaveLength(2);
  });

  it("stops before sending when ticket tracking is disabled", async () => {
    f = await fixture({ seed: { detections: 5, ticketingEnabled: false } });
    writeFile(f.dir, "rows.csv", csv(3));
    const r = await f.cli(["tickets", "sync", "rows.csv", ...f.target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("EH732");
    expect(r.stderr).toContain("ticket tracking is disabled");
    expect(f.sim.requests.filter((q) => q.method === "PATCH")).toEqual([]);
  });

  it("stops at the first 401 and says so clearly", async () => {
    f = await fixture({ seed: { detections: 5 } });
    writeFile(f.dir, "rows.csv", csv(3));
    const r = await f.cli(["tickets", "sync", "rows.csv", ...f.target], { EHTRIG_API_KEY: "not-the-key" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("EH713");
    expect(r.stderr).toContain("401 Unauthorized");
    expect(r.stderr).not.toContain("not-the-key");
  });

  it("settings: enable, disable, URL template", async () => {
    f = await fixture({ seed: { ticketingEnabled: false } });
    const on = await f.cli([
      "tickets",
      "settings",
      ...f.target,
      "--enable",
      "--url-template",
      "https://jira.example.com/browse/$ticket_id",
      "--json",
    ]);
    expect(on.code).toBe(0);
    expect(JSON.parse(on.stdout)).toMatchObject({
      enabled: true,
      urlTemplate: "https://jira.example.com/browse/$ticket_id",
    });
    expect(f.sim.state.ticketing).toEqual({
      enabled: true,
      url_template: "https://jira.example.com/browse/$ticket_id",
    });
    const off = await f.cli(["tickets", "settings", ...f.target, "--disable"]);
    expect(off.stdout).toContain("ticket tracking on 127.0.0.1");
    expect(off.stdout).toContain("disabled");
    const bad = await f.cli([
      "tickets",
      "settings",
      ...f.target,
      "--url-template",
      "https://jira.example.com/browse/",
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("EH735");
    // An empty template removes the link rather than storing "".
    const cleared = await f.cli(["tickets", "settings", ...f.target, "--url-template", ""]);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(cleared.stdout).toContain("url template: (none)");
    expect(f.sim.state.ticketing.url_template).toBeNull();
  });
});
