/**
 * Ctrl-C (SIGINT) in the middle of a sync, on the real CLI in a child process: the run stops
 * taking rows, waits for the answers in flight and journals them, prints its summary and exits
 * 130. Every row the appliance applied is then in the journal, so the rerun resends none of them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fixture, journalDetections, journalIn, runCli, writeFile, type Fixture } from "./helpers.ts";

const ROWS = 300;

let f: Fixture;
afterEach(() => f?.done());

/** Detection ids the simulator applied a PATCH to (answered 2xx), from `mark` on. */
function applied(f: Fixture, mark = 0): number[] {
  return f.sim.requests
    .slice(mark)
    .filter((q) => q.method === "PATCH" && q.status >= 200 && q.status < 300)
    .map((q) => Number(q.path.split("/").pop()));
}

describe("tickets sync interrupted with Ctrl-C", () => {
  it("journals every applied row, reports the rest as not sent, and the rerun resends nothing applied", async () => {
    // Every answer is slow, so several requests are in flight when the signal arrives.
    f = await fixture({ seed: { detections: ROWS }, faults: { rate: 1, kinds: ["slow"], slowMs: 40 } });
    const lines = ["detection_id,ticket_id,status"];
    for (let i = 1; i <= ROWS; i++) lines.push(`${i},INC-${i},in_progress`);
    writeFile(f.dir, "rows.csv", lines.join("\n"));
    const journal = journalIn(f.dir);
    const args = ["tickets", "sync", "rows.csv", ...f.target, "--concurrency", "8", "--json"];

    const first = runCli(args, f.env, f.dir);
    const deadline = Date.now() + 60_000;
    while (journalDetections(journal).length < 30 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    first.child.kill("SIGINT");
    const stopped = await first.exit;
    const out = first.output();
    expect(stopped, out.stderr).toEqual({ code: 130, signal: null });
    expect(out.stderr).toContain("interrupted");

    const summary = JSON.parse(out.stdout);
    expect(summary.ok).toBe(false);
    expect(summary.failed).toEqual([]);
    expect(summary.interrupted).toBeGreaterThan(0);
    expect(summary.sent + summary.interrupted).toBe(ROWS);

    // Nothing the appliance applied is missing from the journal.
    const confirmed = new Set(journalDetections(journal));
    const done = applied(f);
    expect(new Set(done).size).toBe(summary.sent);
    expect(done.filter((row) => !confirmed.has(row))).toEqual([]);

    const mark = f.sim.requests.length;
    f.sim.setFaults(undefined);
    const second = runCli(args, f.env, f.dir);
    expect((await second.exit).code, second.output().stderr).toBe(0);
    expect(JSON.parse(second.output().stdout)).toMatchObject({
      skipped: summary.sent,
      sent: ROWS - summary.sent,
      interrupted: 0,
    });
    const appliedBefore = new Set(done);
    expect(applied(f, mark).filter((row) => appliedBefore.has(row))).toEqual([]);
    for (let i = 1; i <= ROWS; i++) expect(f.sim.state.detections[i].ticket_id).toBe(`INC-${i}`);
  }, 120_000);
});
