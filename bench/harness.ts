/**
 * Harness throughput: events per second through loadTrigger().fire() for the ticket-tracking
 * trigger, against a bare node:vm run of the same compiled script with no-op engine globals,
 * measured in the same process. Targets: at least 20,000 events/s, overhead at most 2×.
 *
 *   node bin/run-ts.js bench/harness.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { detection, loadTrigger } from "../simulated-engine/index.ts";

export interface HarnessBenchResult {
  events: number;
  harnessEventsPerSecond: number;
  bareEventsPerSecond: number;
  /** bare rate / harness rate: how many times slower the harness is. */
  overhead: number;
  /**
   * A stricter baseline: the script compiled once as a function in the context and called
   * directly (no runInContext per event), as the harness itself does.
   */
  bareFunctionEventsPerSecond: number;
  functionOverhead: number;
}

const TRIGGER = "ticket-tracking";
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function rate(events: number, fn: () => void): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < events; i++) fn();
  return events / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** The same script with nothing but no-op stand-ins for the engine. */
function bareRunner(root: string, d: object, asFunction: boolean): () => void {
  const source = readFileSync(join(root, "dist", `${TRIGGER}.js`), "utf8");
  const context = vm.createContext({
    event: "DETECTION_UPDATE",
    Detection: JSON.parse(JSON.stringify(d)),
    Remote: { HTTP: () => ({ post: () => true }) },
    // The session table, empty: every lookup misses, as on a first update.
    Session: { lookup: () => null, replace: () => null, remove: () => null, add: () => null },
    log: () => undefined,
    debug: () => undefined,
  });
  if (asFunction) {
    const fn = vm.runInContext(`(function () {\n${source}\n})`, context, {
      filename: `${TRIGGER}.js`,
    }) as () => void;
    return () => fn();
  }
  const script = new vm.Script(source, { filename: `${TRIGGER}.js` });
  return () => script.runInContext(context);
}

export async function runHarnessBench(
  opts: { events?: number; root?: string } = {},
): Promise<HarnessBenchResult> {
  const events = opts.events ?? 50_000;
  const root = opts.root ?? REPO;
  const d = detection({ id: 4242 });
  const trigger = loadTrigger(TRIGGER, { root });
  const harness = () => {
    const run = trigger.fire("DETECTION_UPDATE", { detection: d });
    if (run.ods.length !== 1) throw new Error("the benchmark run did not post the issue");
  };
  const bare = bareRunner(root, d, false);
  const bareFunction = bareRunner(root, d, true);
  // Warm all up so the JIT has settled, then measure alternately and keep the best of three.
  for (const fn of [harness, bare, bareFunction]) rate(5_000, fn);
  let harnessRate = 0;
  let bareRate = 0;
  let functionRate = 0;
  for (let i = 0; i < 3; i++) {
    harnessRate = Math.max(harnessRate, rate(events, harness));
    bareRate = Math.max(bareRate, rate(events, bare));
    functionRate = Math.max(functionRate, rate(events, bareFunction));
  }
  trigger.dispose();
  return {
    events,
    harnessEventsPerSecond: harnessRate,
    bareEventsPerSecond: bareRate,
    overhead: bareRate / harnessRate,
    bareFunctionEventsPerSecond: functionRate,
    functionOverhead: functionRate / harnessRate,
  };
}

export function formatHarnessBench(r: HarnessBenchResult): string {
  const n = (x: number) => Math.round(x).toLocaleString("en-US");
  return [
    `harness: ${n(r.harnessEventsPerSecond)} events/s (${TRIGGER}, DETECTION_UPDATE; target ≥ 20,000)`,
    `bare vm: ${n(r.bareEventsPerSecond)} events/s (same script, no-op globals)`,
    `overhead: ${r.overhead.toFixed(2)}× (target ≤ 2×)`,
    `bare vm, script called as a function: ${n(r.bareFunctionEventsPerSecond)} events/s; overhead against it ${r.functionOverhead.toFixed(2)}×`,
  ].join("\n");
}

/** For bench/run.ts: prints the figures and returns them. */
export async function benchHarness(): Promise<Record<string, number>> {
  const r = await runHarnessBench();
  console.log(`harness (simulated engine)\n${formatHarnessBench(r).replace(/^/gm, "  ")}`);
  return { ...r };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchHarness();
}
