/**
 * Sync as a state reconciliation (issue 9, items 1–3 and 6): each detection ends in the state its
 * last row says, whatever faults, time-outs, files or reruns came in between.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fixture, patchesTo, writeFile, type Fixture } from "./helpers.ts";

let f: Fixture;
afterEach(() => f?.done());

const STEPS = ["new", "in_progress", "acknowledged", "closed"];

describe("tickets sync reconciles per detection", () => {
  it("item 1: a timed-out attempt that lands late cannot undo a later row", async () => {
    // A third of the answers come after the client gave up on them; the simulator still applies
    // the late request, as a real appliance would.
    f = await fixture({
      seed: { detections: 40 },
      faults: { rate: 0.3, kinds: ["slow"], slowMs: 400, seed: 5 },
    });
    const target = f.configure({ timeoutMs: 100 });
    const lines = ["detection_id,status,assignee"];
    for (let d = 1; d <= 40; d++) for (const s of STEPS) lines.push(`${d},${s},a${d}-${s}`);
    writeFile(f.dir, "rows.csv", lines.join("\n"));
    const r = await f.cli(["tickets", "sync", "rows.csv", ...target, "--concurrency", "8", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    // Let every late request land before looking at the end state.
    await new Promise((done) => setTimeout(done, 500));
    for (let d = 1; d <= 40; d++)
      expect(f.sim.state.detections[d], `detection ${d}`).toMatchObject({
        status: "closed",
        assignee: `a${d}-closed`,
      });
    // Every request for a detection carried its final state, never an intermediate row.
    const bodies = f.sim.requests.filter((q) => q.method === "PATCH").map((q) => q.body);
    expect(bodies.filter((b) => (b as { status: string }).status !== "closed")).toEqual([]);
    const again = await f.cli(["tickets", "sync", "rows.csv", ...target, "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ sent: 0, skipped: 40 });
  }, 60_000);

  it("item 2: a ticket row folds into its detection, so a rerun cannot go back to an older row", async () => {
    f = await fixture({ seed: { detections: 6 } });
    f.sim.state.detections[5].ticket_id = "T-5";
    writeFile(f.dir, "rows.csv", "detection_id,ticket_id,status,assignee\n5,,new,alice\n,T-5,closed,\n");
    // Every PATCH fails with a 500 (not retried) in the first run.
    f.sim.setFaults({ rate: 1, kinds: ["500"], methods: ["PATCH"] });
    const first = await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--concurrency", "1", "--json"]);
    expect(first.code).toBe(1);
    f.sim.setFaults(undefined);
    const second = await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--json"]);
    expect(second.code, second.stderr).toBe(0);
    expect(f.sim.state.detections[5]).toMatchObject({
      status: "closed",
      assignee: "alice",
      ticket_id: "T-5",
    });
    // One request carries the folded state of both rows.
    expect(patchesTo(f.sim, "/api/v1/detections/5")).toBe(1);
    expect(patchesTo(f.sim, "/api/v1/detections/tickets")).toBe(0);
  });

  it("item 2: rows by ticket id fold into the detection a row of the same file gave that ticket", async () => {
    f = await fixture({ seed: { detections: 6 } });
    writeFile(
      f.dir,
      "rows.jsonl",
      [
        '{"detection_id": 3, "ticket_id": "T-3", "status": "new"}',
        '{"ticket_id": "T-3", "status": "in_progress", "assignee": "bob"}',
      ].join("\n"),
    );
    const r = await f.cli(["tickets", "sync", "rows.jsonl", ...f.target, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(f.sim.state.detections[3]).toMatchObject({
      ticket_id: "T-3",
      status: "in_progress",
      assignee: "bob",
    });
    expect(patchesTo(f.sim, "/api/v1/detections/3")).toBe(1);
  });

  it("item 3: the journal is keyed by detection and state, whatever file or row order", async () => {
    f = await fixture({ seed: { detections: 600 } });
    writeFile(f.dir, "export.csv", "detection_id,status\n501,closed\n502,closed\n");
    expect((await f.cli(["tickets", "sync", "export.csv", ...f.target])).code).toBe(0);
    writeFile(f.dir, "other.csv", "detection_id,status\n501,new\n");
    expect((await f.cli(["tickets", "sync", "other.csv", ...f.target])).code).toBe(0);
    expect(f.sim.state.detections[501].status).toBe("new");
    writeFile(f.dir, "export.csv", "detection_id,status\n501,closed\n503,closed\n");
    const r = await f.cli(["tickets", "sync", "export.csv", ...f.target, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ sent: 2, skipped: 0 });
    expect(f.sim.state.detections[501].status).toBe("closed");
    expect(f.sim.state.detections[503].status).toBe("closed");
    // Reordered rows with the same end state send nothing.
    writeFile(f.dir, "moved.csv", "detection_id,status\n503,closed\n501,new\n501,closed\n");
    const moved = await f.cli(["tickets", "sync", "moved.csv", ...f.target, "--json"]);
    expect(JSON.parse(moved.stdout)).toMatchObject({ sent: 0, skipped: 2 });
  });

  it("item 3: editing an earlier row cannot make it win over a later one", async () => {
    f = await fixture({ seed: { detections: 5 } });
    writeFile(f.dir, "rows.csv", "detection_id,status\n1,in_progress\n1,closed\n");
    expect((await f.cli(["tickets", "sync", "rows.csv", ...f.target])).code).toBe(0);
    writeFile(f.dir, "rows.csv", "detection_id,status\n1,acknowledged\n1,closed\n");
    const r = await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--json"]);
    expect(r.code).toBe(0);
    expect(f.sim.state.detections[1].status).toBe("closed");
    expect(JSON.parse(r.stdout)).toMatchObject({ sent: 0, skipped: 1 });
  });

  it("item 6: a 200 text/html answer (a proxy's login page) is a failure, shown by its first line", async () => {
    f = await fixture({ seed: { detections: 3 } });
    writeFile(f.dir, "rows.csv", "detection_id,status\n1,closed\n");
    f.sim.setFaults({ rate: 1, kinds: ["html"], methods: ["PATCH"] });
    const r = await f.cli(["tickets", "sync", "rows.csv", ...f.target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("EH718");
    expect(r.stderr).toContain("200 text/html");
    expect(r.stderr).toContain("<!DOCTYPE html>");
    f.sim.setFaults(undefined);
    const again = await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ sent: 1, skipped: 0 });
    expect(f.sim.state.detections[1].status).toBe("closed");
  });
});
