// Worker entry for compile-pool.ts. Plain JavaScript: a worker starts without the main
// thread's TypeScript loader, so it registers tsx itself before loading the compiler.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { compileTrigger } = await import("../compile.ts");

parentPort.on("message", async ({ seq, job }) => {
  try {
    parentPort.postMessage({ seq, result: await compileTrigger(job) });
  } catch (err) {
    parentPort.postMessage({ seq, error: String(err && err.stack ? err.stack : err) });
  }
});
