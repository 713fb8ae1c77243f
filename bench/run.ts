/**
 * `npm run bench`: every benchmark, one after the other, each printing its figures and ratios.
 * Benchmarks measure; they never fail a build (targets are printed next to the figures).
 */
import { benchCompiler } from "./compiler.ts";
import { benchHarness } from "./harness.ts";
import { benchRest } from "./rest.ts";
import { benchStartup } from "./startup.ts";

const only = process.argv.slice(2);
const all: [string, () => Promise<Record<string, number>>][] = [
  ["compiler", benchCompiler],
  ["harness", benchHarness],
  ["rest", benchRest],
  ["startup", benchStartup],
];
for (const [name, run] of all) {
  if (only.length && !only.includes(name)) continue;
  await run();
}
// Worker threads and keep-alive sockets are unref'd or closed; exit explicitly all the same.
process.exit(0);
