// Worker entry when the toolkit runs from its TypeScript sources (this repository's tests and
// benchmarks): a worker does not inherit the main thread's TypeScript loader, so it registers
// tsx before loading the real entry. The installed package runs lib/compile-worker.js instead.
import { register } from "tsx/esm/api";

register();
await import("./compile-worker.ts");
