/**
 * Issue 9, item 5: the real CLI under a file size limit (`ulimit -f`), so the journal's writes come
 * up short. The run must stop with EH734 and never count a state the journal does not hold whole;
 * the rerun, without the limit, finishes the job.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fixture, journalDetections, journalIn, runCli, writeFile, type Fixture } from "./helpers.ts";

const DETECTIONS = 300;
const BIN = resolve(import.meta.dirname, "../../bin/ehtrig.js");

let f: Fixture;
afterEach(() => f?.done());

/** `ehtrig ARGS` in bash with a file size limit of `kib` KiB. */
function runLimited(kib: number, args: string[], f: Fixture) {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const child = spawn("bash", ["-c", `ulimit -f ${kib} && exec ${quoted}`], {
    cwd: f.dir,
    env: { ...process.env, ...f.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr += c));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on("exit", (code) => done({ code, stdout, stderr })),
  );
}

describe("tickets sync with a journal that cannot be written whole", () => {
  it("item 5: stops with EH734, counts nothing the journal lacks, and the rerun completes", async () => {
    f = await fixture({ seed: { detections: DETECTIONS } });
    const lines = ["detection_id,status"];
    for (let i = 1; i <= DETECTIONS; i++) lines.push(`${i},closed`);
    writeFile(f.dir, "rows.csv", lines.join("\n"));
    const args = ["tickets", "sync", "rows.csv", ...f.target, "--json"];

    // 10 KiB holds some 60 journal lines of 300.
    const limited = await runLimited(10, args, f);
    expect(limited.code, limited.stderr).toBe(1);
    const summary = JSON.parse(limited.stdout);
    expect(summary.ok).toBe(false);
    expect(summary.failed.some((x: { code: string }) => x.code === "EH734")).toBe(true);
    const whole = journalDetections(journalIn(f.dir));
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.length).toBeLessThan(DETECTIONS);
    // Never more "sent" than complete journal lines (the failed batch may have written some whole
    // lines before the limit: those count as failed here and are skipped by the rerun). None may
    // count at all: on a slow disk the confirmations that arrive while the journal opens are
    // written together, and that first write may be the one the limit cuts.
    expect(summary.sent).toBeLessThanOrEqual(whole.length);
    // Every detection is either counted or reported.
    expect(summary.sent + summary.failed.length).toBe(DETECTIONS);

    const rerun = runCli(args, f.env, f.dir);
    expect((await rerun.exit).code, rerun.output().stderr).toBe(0);
    expect(JSON.parse(rerun.output().stdout)).toMatchObject({
      sent: DETECTIONS - whole.length,
      skipped: whole.length,
    });
    expect(new Set(journalDetections(journalIn(f.dir))).size).toBe(DETECTIONS);
    for (let i = 1; i <= DETECTIONS; i++) expect(f.sim.state.detections[i].status).toBe("closed");
  }, 120_000);
});
