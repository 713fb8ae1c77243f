/**
 * REST benchmark: `ehtrig tickets sync` of 10,000 rows to the simulated appliance (HTTPS on
 * 127.0.0.1) with concurrency 16, against a bare request loop (plain node:https PATCHes, same
 * keep-alive agent settings and concurrency) in the same run; then the same sync with 10% of the
 * requests answered by injected faults (5xx, 429, resets, slow answers), checked against the
 * simulator's state: nothing lost, nothing applied twice.
 *
 * Run: node bin/run-ts.js bench/rest.ts   (or npm run bench for every benchmark)
 */
import https from "node:https";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../scripts/cli.ts";
import { memoryIo } from "../scripts/io.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../scripts/sim/index.ts";

const ROWS = 10_000;
const CONCURRENCY = 16;
const RUNS = 5;

interface Row {
  id: number;
  ticket: string;
  status: string;
  assignee: string;
}

function rows(): Row[] {
  return Array.from({ length: ROWS }, (_, i) => ({
    id: i + 1,
    ticket: `INC-${100000 + i}`,
    status: i % 3 === 0 ? "closed" : "in_progress",
    assignee: `analyst${i % 7}`,
  }));
}

function csv(data: Row[]): string {
  return [
    "detection_id,ticket_id,status,assignee",
    ...data.map((r) => `${r.id},${r.ticket},${r.status},${r.assignee}`),
  ].join("\n");
}

/** The baseline: the same PATCHes with nothing but node:https, CONCURRENCY workers, one agent. */
async function bareLoop(sim: SimulatedAppliance, data: Row[]): Promise<number> {
  const agent = new https.Agent({ keepAlive: true, maxSockets: CONCURRENCY, ca: sim.caPem });
  const patch = (r: Row) =>
    new Promise<void>((done, fail) => {
      const body = JSON.stringify({ ticket_id: r.ticket, status: r.status, assignee: r.assignee });
      const req = https.request(
        `${sim.url}/api/v1/detections/${r.id}`,
        {
          method: "PATCH",
          agent,
          headers: {
            Authorization: `ExtraHop apikey=${sim.apiKey}`,
            Accept: "application/json",
            "Content-Type": "application/json",
            "Content-Length": Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => (res.statusCode === 204 ? done() : fail(new Error(`HTTP ${res.statusCode}`))));
        },
      );
      req.on("error", fail);
      req.end(body);
    });
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < data.length) await patch(data[next++]!);
    }),
  );
  const ms = performance.now() - t0;
  agent.destroy();
  return ms;
}

/** The real command, in-process: parse, validate, check ticketing, send, journal (fsync'd). */
async function syncRun(
  sim: SimulatedAppliance,
  dir: string,
  run: string,
): Promise<{ ms: number; summary: { sent: number; failed: unknown[] } }> {
  const io = memoryIo(dir, { EHTRIG_API_KEY: sim.apiKey });
  const t0 = performance.now();
  const code = await main(
    [
      "tickets",
      "sync",
      "rows.csv",
      "--host",
      sim.host,
      "--ca",
      "ca.pem",
      "--concurrency",
      String(CONCURRENCY),
      "--journal",
      `journal-${run}.jsonl`,
      "--json",
    ],
    io,
  );
  const ms = performance.now() - t0;
  const summary = JSON.parse(io.stdout.join("\n"));
  if (code !== 0 && !summary.failed?.length) throw new Error(`sync failed: ${io.stderr.join("\n")}`);
  return { ms, summary };
}

function verify(sim: SimulatedAppliance, data: Row[]): { lost: number; duplicated: number } {
  let lost = 0;
  for (const r of data) {
    const d = sim.state.detections[r.id];
    if (!d || d.ticket_id !== r.ticket || d.status !== r.status || d.assignee !== r.assignee) lost++;
  }
  const applied = new Map<string, number>();
  for (const q of sim.requests)
    if (q.method === "PATCH" && q.status === 204) applied.set(q.path, (applied.get(q.path) ?? 0) + 1);
  const duplicated = [...applied.values()].filter((n) => n > 1).length;
  return { lost, duplicated };
}

export async function benchRest(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "ehtrig-bench-rest-"));
  const data = rows();
  writeFileSync(join(dir, "rows.csv"), csv(data));
  try {
    // Clean: alternate baseline and sync runs on one simulator, keep the best of each.
    const sim = await startSimulatedAppliance({ seed: { detections: ROWS }, logBodies: false });
    writeFileSync(join(dir, "ca.pem"), sim.caPem);
    await bareLoop(sim, data.slice(0, 1000)); // warm-up: TLS sessions, JIT
    const bare: number[] = [];
    const sync: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await bareLoop(sim, data));
      const { ms, summary } = await syncRun(sim, dir, `clean-${i}`);
      if (summary.sent !== ROWS) throw new Error(`clean sync sent ${summary.sent} of ${ROWS}`);
      sync.push(ms);
    }
    await sim.close();
    const bareMs = Math.min(...bare);
    const syncMs = Math.min(...sync);

    // Faults: 10% of requests get 502/503/504/429 (Retry-After 0), a reset or a slow answer.
    const faulty = await startSimulatedAppliance({
      seed: { detections: ROWS },
      faults: {
        rate: 0.1,
        kinds: ["502", "503", "504", "429", "reset", "slow"],
        slowMs: 50,
        retryAfter: 0,
        seed: 2026,
      },
    });
    writeFileSync(join(dir, "ca.pem"), faulty.caPem);
    let { ms: faultMs, summary } = await syncRun(faulty, dir, "faults");
    let reruns = 0;
    while (summary.failed.length && reruns < 3) {
      reruns++;
      ({ summary } = await syncRun(faulty, dir, "faults"));
    }
    const injected = faulty.requests.filter((q) => q.fault).length;
    const { lost, duplicated } = verify(faulty, data);
    await faulty.close();

    const figures = {
      rows: ROWS,
      concurrency: CONCURRENCY,
      bareRowsPerSec: (ROWS / bareMs) * 1000,
      syncRowsPerSec: (ROWS / syncMs) * 1000,
      ratioToBare: bareMs / syncMs,
      faultRowsPerSec: (ROWS / faultMs) * 1000,
      faultsInjected: injected,
      faultReruns: reruns,
      lost,
      duplicated,
    };
    console.log(
      `\nrest: tickets sync of ${ROWS} rows to the simulated appliance (HTTPS, 127.0.0.1), concurrency ${CONCURRENCY}, best of ${RUNS}`,
    );
    console.log(
      `  bare node:https PATCH loop   ${figures.bareRowsPerSec.toFixed(0).padStart(7)} rows/s  (${bareMs.toFixed(0)} ms)`,
    );
    console.log(
      `  ehtrig tickets sync          ${figures.syncRowsPerSec.toFixed(0).padStart(7)} rows/s  (${syncMs.toFixed(0)} ms)   ratio to bare ${figures.ratioToBare.toFixed(2)} (target >= 0.8)`,
    );
    console.log(
      `  with 10% injected faults     ${figures.faultRowsPerSec.toFixed(0).padStart(7)} rows/s  (${faultMs.toFixed(0)} ms, ${injected} faults, ${reruns} rerun(s))`,
    );
    console.log(`    rows lost ${lost}, rows applied twice ${duplicated} (target: 0 lost)`);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchRest();
}
