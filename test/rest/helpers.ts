/** Shared by the REST tests: a temp folder, a simulated appliance, and the CLI run in-process. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
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
