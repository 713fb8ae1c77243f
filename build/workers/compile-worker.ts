/** Worker entry of compile-pool.ts: compiles the jobs the main thread sends, one at a time. */
import { parentPort } from "node:worker_threads";
import { compileTrigger, type CompileJob } from "../compile.ts";

parentPort!.on("message", async ({ seq, job }: { seq: number; job: CompileJob }) => {
  try {
    parentPort!.postMessage({ seq, result: await compileTrigger(job) });
  } catch (err) {
    parentPort!.postMessage({ seq, error: String(err instanceof Error && err.stack ? err.stack : err) });
  }
});
