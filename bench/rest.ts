/**
 * REST benchmark: `ehtrig tickets sync` of 10,000 rows to the simulated appliance (HTTPS on
 * 127.0.0.1) with concurrency 16, against a bare request loop (plain node:https PATCHes, same
 * keep-alive agent settings and concurrency) in the same run; then the same sync with 10% of the
 * requests answered by injected faults (5xx, 429, resets, slow answers), checked against the
 * simulator's saved state and request log: nothing lost, nothing applied twice. Last, a sync of
 * four rows per detection (new → in_progress → acknowledged → closed) with 20% of the answers
 * slower than the client's time-out: the late requests still land, and every detection must end
 * in its last row's state.
 *
 * The simulator runs as its own process (`ehtrig sim`), as an appliance would: it does not share
 * the client's event loop, so the figures compare client work, not client plus server work.
 *
 * Run: node bin/run-ts.js bench/rest.ts   (or npm run bench for every benchmark)
 */
import { spawn } from "node:child_process";
import https from "node:https";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../scripts/cli.ts";
import { memoryIo } from "../scripts/io.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ROWS = 10_000;
const CONCURRENCY = 16;
const RUNS = 7;

interface Row {
  id: number;
  ticket: string;
  status: string;
  assignee: string;
}

interface Sim {
  host: string;
  ca: string;
  apiKey: string;
  stateFile: string;
  requestLog: string;
  /** SIGTERM; resolves once the state file and request log are written. */
  stop(): Promise<void>;
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
  const lines = data.map((r) => `${r.id},${r.ticket},${r.status},${r.assignee}`);
  return ["detection_id,ticket_id,status,assignee", ...lines].join("\n");
}

async function startSim(dir: string, name: string, faults?: string): Promise<Sim> {
  const simDir = join(dir, name);
  const requestLog = join(simDir, "requests.jsonl");
  const args = [join(REPO, "bin/ehtrig.js"), "sim", "--port", "0", "--dir", simDir, "--json"];
  args.push(
    "--detections",
    String(ROWS),
    "--request-log",
    requestLog,
    ...(faults ? ["--faults", faults] : []),
  );
  const child = spawn(process.execPath, args, { cwd: dir, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((done) => child.on("exit", () => done()));
  let out = "";
  await new Promise<void>((ready, fail) => {
    child.stdout.on("data", (c) => {
      out += c;
      if (out.trim().endsWith("}")) ready();
    });
    child.on("exit", () => fail(new Error(`ehtrig sim exited: ${out}`)));
  });
  const info = JSON.parse(out) as { host: string; caFile: string; apiKeyFile: string; stateFile: string };
  return {
    host: info.host,
    ca: readFileSync(info.caFile, "utf8"),
    apiKey: readFileSync(info.apiKeyFile, "utf8").trim(),
    stateFile: info.stateFile,
    requestLog,
    stop: () => (child.kill("SIGTERM"), exited),
  };
}

/** The baseline: the same PATCHes with nothing but node:https, CONCURRENCY workers, one agent. */
async function bareLoop(sim: Sim, data: Row[]): Promise<number> {
  const agent = new https.Agent({ keepAlive: true, maxSockets: CONCURRENCY, ca: sim.ca });
  const patch = (r: Row) =>
    new Promise<void>((done, fail) => {
      const body = JSON.stringify({ ticket_id: r.ticket, status: r.status, assignee: r.assignee });
      const headers = {
        Authorization: `ExtraHop apikey=${sim.apiKey}`,
        Accept: "application/json",
        "Content-Type": "application/json",
        "Content-Length": Buffer.byteLength(body),
      };
      const req = https.request(
        `https://${sim.host}/api/v1/detections/${r.id}`,
        { method: "PATCH", agent, headers },
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

/**
 * The real command, in-process: parse, validate, check ticketing, send, journal (fsync'd). With
 * `timeoutMs`, the simulator is a configured appliance with that client time-out.
 */
async function syncRun(sim: Sim, dir: string, run: string, input = "rows.csv", timeoutMs?: number) {
  writeFileSync(join(dir, "ca.pem"), sim.ca);
  const io = memoryIo(dir, { EHTRIG_API_KEY: sim.apiKey });
  let target = ["--host", sim.host, "--ca", "ca.pem"];
  if (timeoutMs !== undefined) {
    const appliance = { host: sim.host, apiKeyEnv: "EHTRIG_API_KEY", ca: "ca.pem", timeoutMs };
    const config = { author: "bench", targets: {}, appliances: { bench: appliance } };
    writeFileSync(join(dir, "ehtrig.config.json"), JSON.stringify(config));
    target = ["--to", "bench"];
  }
  const args = ["tickets", "sync", input, ...target];
  args.push("--concurrency", String(CONCURRENCY), "--journal", `journal-${run}.jsonl`, "--json");
  const t0 = performance.now();
  const code = await main(args, io);
  const ms = performance.now() - t0;
  const summary = JSON.parse(io.stdout.join("\n") || "{}") as { sent?: number; failed?: unknown[] };
  if (code !== 0 && !summary.failed?.length) throw new Error(`sync failed: ${io.stderr.join("\n")}`);
  return { ms, sent: summary.sent ?? 0, failed: summary.failed?.length ?? 0 };
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

/** Rows whose detection does not hold the row's values; detections a PATCH was applied to twice. */
function verify(sim: Sim, data: Row[]): { lost: number; duplicated: number; faults: number } {
  const state = JSON.parse(readFileSync(sim.stateFile, "utf8")) as {
    detections: Record<string, { ticket_id: string; status: string; assignee: string }>;
  };
  let lost = 0;
  for (const r of data) {
    const d = state.detections[r.id];
    if (!d || d.ticket_id !== r.ticket || d.status !== r.status || d.assignee !== r.assignee) lost++;
  }
  const applied = new Map<string, number>();
  let faults = 0;
  for (const line of readFileSync(sim.requestLog, "utf8").split("\n").filter(Boolean)) {
    const q = JSON.parse(line) as { method: string; path: string; status: number; fault?: string };
    if (q.fault) faults++;
    if (q.method === "PATCH" && q.status === 204) applied.set(q.path, (applied.get(q.path) ?? 0) + 1);
  }
  return { lost, duplicated: [...applied.values()].filter((n) => n > 1).length, faults };
}

const STEPS = ["new", "in_progress", "acknowledged", "closed"];
const STEP_DETECTIONS = 2_000;
const SLOW_MS = 300;
const CLIENT_TIMEOUT_MS = 100;

/** Four adjacent rows per detection; the last one (closed, stepper-closed-N) is the one that counts. */
function stepsCsv(): string {
  const lines = ["detection_id,status,assignee"];
  for (let id = 1; id <= STEP_DETECTIONS; id++)
    for (const s of STEPS) lines.push(`${id},${s},stepper-${s}-${id}`);
  return lines.join("\n");
}

/** Detections not in their last row's state, and the rows that belong to them. */
function verifySteps(sim: Sim): { detections: number; rows: number } {
  const state = JSON.parse(readFileSync(sim.stateFile, "utf8")) as {
    detections: Record<string, { status: string; assignee: string }>;
  };
  let wrong = 0;
  for (let id = 1; id <= STEP_DETECTIONS; id++) {
    const d = state.detections[id];
    if (!d || d.status !== "closed" || d.assignee !== `stepper-closed-${id}`) wrong++;
  }
  return { detections: wrong, rows: wrong * STEPS.length };
}

/** 20% of answers come after the client's time-out; the simulator still applies those requests. */
async function slowAnswers(dir: string) {
  writeFileSync(join(dir, "steps.csv"), stepsCsv());
  const sim = await startSim(dir, "slow", `rate=0.2,kinds=slow,slowMs=${SLOW_MS},seed=9`);
  const first = await syncRun(sim, dir, "slow", "steps.csv", CLIENT_TIMEOUT_MS);
  let failed = first.failed;
  let reruns = 0;
  while (failed && reruns < 3) {
    reruns++;
    failed = (await syncRun(sim, dir, "slow", "steps.csv", CLIENT_TIMEOUT_MS)).failed;
  }
  // Let the last late requests land before the simulator saves its state.
  await new Promise((done) => setTimeout(done, 3 * SLOW_MS));
  await sim.stop();
  const wrong = verifySteps(sim);
  return { ms: first.ms, reruns, failed, wrong };
}

export async function benchRest(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "ehtrig-bench-rest-"));
  const data = rows();
  writeFileSync(join(dir, "rows.csv"), csv(data));
  try {
    // Clean: alternate baseline and sync runs against one simulator, keep the best of each.
    const sim = await startSim(dir, "clean");
    await bareLoop(sim, data.slice(0, 1000)); // warm-up: TLS sessions, JIT on both sides
    const bare: number[] = [];
    const sync: number[] = [];
    // Client CPU (this process only): where the time goes when wall times are noisy.
    const bareCpu: number[] = [];
    const syncCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let cpu = process.cpuUsage();
      bare.push(await bareLoop(sim, data));
      bareCpu.push(cpuMs(process.cpuUsage(cpu)));
      cpu = process.cpuUsage();
      const run = await syncRun(sim, dir, `clean-${i}`);
      syncCpu.push(cpuMs(process.cpuUsage(cpu)));
      if (run.sent !== ROWS) throw new Error(`clean sync sent ${run.sent} of ${ROWS}`);
      sync.push(run.ms);
    }
    await sim.stop();
    const bareMs = Math.min(...bare);
    const syncMs = Math.min(...sync);

    // Faults: 10% of requests get 502/503/504/429 (Retry-After 0), a reset or a slow answer.
    const faulty = await startSim(
      dir,
      "faults",
      "rate=0.1,kinds=502+503+504+429+reset+slow,slowMs=50,retryAfter=0,seed=2026",
    );
    const first = await syncRun(faulty, dir, "faults");
    let failed = first.failed;
    let reruns = 0;
    while (failed && reruns < 3) {
      reruns++;
      failed = (await syncRun(faulty, dir, "faults")).failed;
    }
    await faulty.stop();
    const { lost, duplicated, faults } = verify(faulty, data);
    const slow = await slowAnswers(dir);

    const figures = {
      rows: ROWS,
      concurrency: CONCURRENCY,
      bareRowsPerSec: (ROWS / bareMs) * 1000,
      syncRowsPerSec: (ROWS / syncMs) * 1000,
      ratioToBare: bareMs / syncMs,
      faultRowsPerSec: (ROWS / first.ms) * 1000,
      faultsInjected: faults,
      faultReruns: reruns,
      lost,
      duplicated,
      slowRowsPerSec: ((STEP_DETECTIONS * STEPS.length) / slow.ms) * 1000,
      slowReruns: slow.reruns,
      slowRowsLost: slow.wrong.rows,
      slowDetectionsNotInLastState: slow.wrong.detections,
    };
    const rate = (n: number) => n.toFixed(0).padStart(7);
    console.log(
      `\nrest: tickets sync of ${ROWS} rows to the simulated appliance (own process, HTTPS, 127.0.0.1), concurrency ${CONCURRENCY}, best of ${RUNS}`,
    );
    console.log(
      `  bare node:https PATCH loop   ${rate(figures.bareRowsPerSec)} rows/s  (${bareMs.toFixed(0)} ms)`,
    );
    console.log(
      `  ehtrig tickets sync          ${rate(figures.syncRowsPerSec)} rows/s  (${syncMs.toFixed(0)} ms)   ratio to bare ${figures.ratioToBare.toFixed(2)} (target >= 0.8)`,
    );
    console.log(
      `  client CPU per run           bare ${Math.min(...bareCpu).toFixed(0)} ms, sync ${Math.min(...syncCpu).toFixed(0)} ms`,
    );
    console.log(
      `  with 10% injected faults     ${rate(figures.faultRowsPerSec)} rows/s  (${first.ms.toFixed(0)} ms, ${faults} faults, ${reruns} rerun(s))`,
    );
    console.log(`    rows lost ${lost}, rows applied twice ${duplicated} (target: 0 lost)`);
    console.log(
      `  20% slow answers (${SLOW_MS} ms), client time-out ${CLIENT_TIMEOUT_MS} ms: ${STEP_DETECTIONS} detections x ${STEPS.length} rows, ` +
        `${rate(figures.slowRowsPerSec)} rows/s (${slow.ms.toFixed(0)} ms, ${slow.reruns} rerun(s))`,
    );
    console.log(
      `    rows lost ${slow.wrong.rows}, detections not in their last row's state ${slow.wrong.detections} (target: 0, 0)`,
    );
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchRest();
}
