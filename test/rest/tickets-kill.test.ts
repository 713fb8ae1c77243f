/**
 * The real CLI in a child process, killed with SIGKILL in the middle of a sync: the rerun must
 * finish the job without sending any row the journal had confirmed.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fixture, journalDetections, journalIn, runCli, writeFile, type Fixture } from "./helpers.ts";

const ROWS = 400;

let f: Fixture;
afterEach(() => f?.done());

describe("tickets sync killed mid-run", () => {
  it("reruns to completion without resending confirmed rows", async () => {
    // Every answer is slow, so the run takes seconds and can be killed in the middle.
    f = await fixture({ seed: { detections: ROWS }, faults: { rate: 1, kinds: ["slow"], slowMs: 25 } });
    const lines = ["detection_id,ticket_id,status,assignee"];
    for (let i = 1; i <= ROWS; i++) lines.push(`${i},INC-${i},closed with action taken,team${i % 3}`);
    writeFile(f.dir, "rows.csv", lines.join("\n"));
    const journal = journalIn(f.dir);
    const args = ["tickets", "sync", "rows.csv", ...f.target, "--concurrency", "4"];

    const first = runCli(args, f.env, f.dir);
    const deadline = Date.now() + 60_000;
    while (journalDetections(journal).length < 40 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    first.child.kill("SIGKILL");
    const killed = await first.exit;
    expect(killed.signal).toBe("SIGKILL");

    const confirmed = new Set(journalDetections(journal));
    expect(confirmed.size).toBeGreaterThanOrEqual(40);
    expect(confirmed.size).toBeLessThan(ROWS);
    for (const row of confirmed) expect(f.sim.state.detections[row].ticket_id).toBe(`INC-${row}`);

    const mark = f.sim.requests.length;
    f.sim.setFaults(undefined);
    const second = runCli([...args, "--json"], f.env, f.dir);
    const done = await second.exit;
    expect(done.code, second.output().stderr).toBe(0);
    const summary = JSON.parse(second.output().stdout);
    expect(summary).toMatchObject({
      detections: ROWS,
      skipped: confirmed.size,
      sent: ROWS - confirmed.size,
      failed: [],
    });

    const resent = f.sim.requests
      .slice(mark)
      .filter((q) => q.method === "PATCH")
      .map((q) => Number(q.path.split("/").pop()));
    expect(resent.filter((row) => confirmed.has(row))).toEqual([]);
    for (let i = 1; i <= ROWS; i++) {
      expect(f.sim.state.detections[i]).toMatchObject({
        ticket_id: `INC-${i}`,
        status: "closed",
        resolution: "action_taken",
        assignee: `team${i % 3}`,
      });
    }
    expect(new Set(journalDetections(journal)).size).toBe(ROWS);
  }, 120_000);
});
