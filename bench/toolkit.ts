/**
 * The compiled toolkit (lib/) that `bin/ehtrig.js` runs as installed: the benchmarks that start
 * the command as a process compile it first when its sources changed.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");

/** The installed command, as a benchmark starts it: `node <this> <args>`. */
export const BIN = join(ROOT, "bin", "ehtrig.js");

export function compileToolkit(): void {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/package/compile-toolkit.mjs"), "--if-stale"], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`compiling the toolkit failed: ${r.stderr || r.stdout}`);
}
