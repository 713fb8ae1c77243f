/** Shared by the REST tests: a temp folder, a simulated appliance, and the CLI run in-process. */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { DEFAULT_JOURNAL, parseJournalLine } from "../../scripts/tickets/journal.ts";
import {
  startSimulatedAppliance,
  type SimOptions,
  type SimulatedAppliance,
} from "../../scripts/sim/index.ts";

export interface Fixture {
  dir: string;
  sim: SimulatedAppliance;
  caFile: string;
  /** Environment with the API key in EHTRIG_API_KEY. */
  env: NodeJS.ProcessEnv;
  /** Runs `ehtrig …` in-process in `dir`. */
  cli(args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }>;
  /** --host and --ca for the simulator. */
  target: string[];
  /**
   * Writes ehtrig.config.json naming the simulator as appliance "sim" with these extra settings
   * (say, timeoutMs); returns the arguments that pick it.
   */
  configure(settings?: Record<string, unknown>): string[];
  done(): Promise<void>;
}

export async function fixture(opts: SimOptions = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), "ehtrig-rest-"));
  const caFile = join(dir, "sim-ca.pem");
  const sim = await startSimulatedAppliance({ caFile, ...opts });
  const env = { EHTRIG_API_KEY: sim.apiKey };
  return {
    dir,
    sim,
    caFile,
    env,
    target: ["--host", sim.host, "--ca", caFile],
    configure(settings = {}) {
      const sim1 = { host: sim.host, apiKeyEnv: "EHTRIG_API_KEY", ca: "sim-ca.pem", ...settings };
      const config = { author: "ehtrig-tests", targets: {}, appliances: { sim: sim1 } };
      writeFileSync(join(dir, "ehtrig.config.json"), JSON.stringify(config));
      return ["--to", "sim"];
    },
    async cli(args, extraEnv = env) {
      const io = memoryIo(dir, extraEnv);
      const code = await main(args, io);
      return { code, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
    },
    async done() {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function writeFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** PATCH requests the simulator applied (answered 2xx), by path. */
export function patchesTo(sim: SimulatedAppliance, path: string): number {
  return sim.requests.filter(
    (r) => r.method === "PATCH" && r.path === path && r.status >= 200 && r.status < 300,
  ).length;
}

const BIN = resolve(import.meta.dirname, "../../bin/ehtrig.js");

/** The real CLI in a child process, with its output collected and its exit awaited. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr += c));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on("exit", (code, signal) => done({ code, signal })),
  );
  return { child, exit, output: () => ({ stdout, stderr }) };
}

/** Detection ids a sync journal confirms; a torn last line (a kill mid-write) is skipped. */
export function journalDetections(file: string): number[] {
  if (!existsSync(file)) return [];
  const ids: number[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const entry = parseJournalLine(line);
    if (entry) ids.push(entry.detection);
  }
  return ids;
}

/** Where `tickets sync` keeps its journal when --journal is not given. */
export const journalIn = (dir: string) => join(dir, DEFAULT_JOURNAL);
