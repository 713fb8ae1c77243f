/**
 * Vitest global setup of this repository: brings lib/ (the compiled toolkit that `bin/ehtrig.js`
 * and the packed package run) up to date with the sources, so tests that start the real command
 * run the code under test.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL("../../scripts/package/compile-toolkit.mjs", import.meta.url)), "--if-stale"],
    {
      stdio: "inherit",
    },
  );
}
