/**
 * Start-up of the installed command: `ehtrig --version` (the compiled lib/, no TypeScript loader)
 * against a bare `node -e 0`, and `ehtrig --help`, which loads every command. Each figure is the
 * median of several runs.
 *
 *   npm run bench -- startup
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BIN, compileToolkit } from "./toolkit.ts";

function median(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function benchStartup(runs = 15): Promise<Record<string, number>> {
  compileToolkit();
  median(["-e", "0"], 3); // warm the file cache
  const node = median(["-e", "0"], runs);
  const version = median([BIN, "--version"], runs);
  const help = median([BIN, "--help"], runs);
  const r = { nodeMs: node, versionMs: version, helpMs: help, versionRatio: version / node };
  console.log(
    [
      "startup (compiled CLI, median of " + runs + " runs)",
      `  node -e 0          ${node.toFixed(0)} ms`,
      `  ehtrig --version   ${version.toFixed(0)} ms = ${r.versionRatio.toFixed(2)}× node -e 0 (target ≤ 5×)`,
      `  ehtrig --help      ${help.toFixed(0)} ms (loads every command)`,
    ].join("\n"),
  );
  return r;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchStartup();
