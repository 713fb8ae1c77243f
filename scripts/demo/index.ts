/**
 * `npm run demo [-- --json]`: the whole ticket-tracking loop on this machine (docs/demo.md).
 * Prints each step, then the table; with --json only the result object. Exit 0 when the loop ran,
 * 1 when a step failed (with the diagnostic), 2 on a usage error.
 */
import { EhtrigError } from "../../build/diagnostics.ts";
import { processIo } from "../io.ts";
import { printDiagnostics } from "../report.ts";
import { safeIo } from "../safe-io.ts";
import { demoJson, demoTable } from "./print.ts";
import { runDemo } from "./run.ts";

const io = safeIo(processIo());
const args = process.argv.slice(2);
const json = args.includes("--json");
const unknown = args.filter((a) => a !== "--json");
if (unknown.length) {
  io.err(`usage: npm run demo [-- --json]   (unknown: ${unknown.join(" ")})`);
  process.exit(2);
}

// Ctrl-C: the demo stops its servers and removes its temporary folder before the process ends.
const interrupt = new AbortController();
const onSignal = () => interrupt.abort();
process.once("SIGINT", onSignal);
process.once("SIGTERM", onSignal);

const started = Date.now();
try {
  const result = await runDemo({
    onStep: json ? undefined : (text) => io.out(`• ${text}`),
    signal: interrupt.signal,
  });
  if (json) io.out(demoJson(result));
  else {
    io.out("");
    io.out(demoTable(result));
    io.out("");
    io.out(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s; nothing is left running.`);
  }
  // No process.exit here: the process ends by itself only when nothing is left running.
} catch (err) {
  if (interrupt.signal.aborted) {
    io.err("interrupted; the demo's servers are stopped and its temporary folder removed");
    process.exit(130);
  }
  if (!(err instanceof EhtrigError)) throw err;
  printDiagnostics(io, err.diagnostics);
  process.exit(err.exitCode);
}
