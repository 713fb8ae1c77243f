/**
 * Runs compile jobs on worker threads when there are enough of them to pay for the workers'
 * start-up (each loads Babel), one worker per core; small batches run in the calling thread.
 * The pool outlives a build (watch mode, benchmarks) and never keeps the process alive.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CompileJob, CompileResult } from "./compile.ts";
import { toolkitFile } from "./toolkit-files.ts";

/**
 * Below this many triggers, compiling in-thread beats starting workers. Lowering happens per
 * module while bundling, so a compile job is only banner and verify (about 20 ms a trigger), and
 * a worker's start-up (loading the compiler) costs more than it saves for any real project: on
 * the 50-trigger benchmark the in-thread compile took half the time of the pool's.
 */
export const POOL_THRESHOLD = 500;

/** Workers left idle this long are stopped (a watch session's next large rebuild starts new ones). */
const IDLE_MS = 5000;

interface Pending {
  resolve(r: CompileResult): void;
  reject(e: Error): void;
}

class Pool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(size: number) {
    const entry = toolkitFile("build/workers/compile-worker-dev.js", "compile-worker.js");
    for (let i = 0; i < size; i++) {
      const w = new Worker(entry);
      w.unref();
      w.on("message", (msg: { seq: number; result?: CompileResult; error?: string }) => {
        const p = this.pending.get(msg.seq);
        if (!p) return;
        this.pending.delete(msg.seq);
        if (msg.result) p.resolve(msg.result);
        else p.reject(new Error(`compile worker failed: ${msg.error}`));
      });
      w.on("error", (err) => this.failAll(err));
      // A worker that exits (crash, out of memory, terminate) must not leave a build waiting forever.
      w.on("exit", (code) => {
        if (this.pending.size) this.failAll(new Error(`compile worker exited with code ${code}`));
        if (pool === this) pool = undefined;
      });
      this.workers.push(w);
    }
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  terminate(): Promise<number[]> {
    clearTimeout(this.idle);
    return Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Jobs are dealt round-robin; equal-sized triggers make that as good as a queue. */
  async run(jobs: CompileJob[]): Promise<CompileResult[]> {
    clearTimeout(this.idle);
    try {
      return await this.dispatch(jobs);
    } finally {
      // Idle workers would keep a library caller's process alive; stop them after a while.
      this.idle = setTimeout(() => void closeCompilePool(), IDLE_MS);
      this.idle.unref();
    }
  }

  private dispatch(jobs: CompileJob[]): Promise<CompileResult[]> {
    return Promise.all(
      jobs.map(
        (job, i) =>
          new Promise<CompileResult>((resolve, reject) => {
            const seq = ++this.seq;
            this.pending.set(seq, { resolve, reject });
            this.workers[i % this.workers.length]!.postMessage({ seq, job });
          }),
      ),
    );
  }
}

let pool: Pool | undefined;

function usePool(count: number): boolean {
  return count >= POOL_THRESHOLD && availableParallelism() >= 2 && process.env.EHTRIG_WORKERS !== "0";
}

/**
 * Starts the workers early (they spend their first few hundred milliseconds loading Babel), so
 * that start-up overlaps bundling. Does nothing when `count` jobs would run in-thread.
 */
export function warmCompilePool(count: number): void {
  if (usePool(count)) pool ??= new Pool(Math.min(availableParallelism(), 4));
}

export async function compileAll(jobs: CompileJob[]): Promise<CompileResult[]> {
  if (!usePool(jobs.length)) {
    const { compileTrigger } = await import("./compile.ts");
    const out: CompileResult[] = [];
    for (const job of jobs) out.push(await compileTrigger(job));
    return out;
  }
  warmCompilePool(jobs.length);
  return pool!.run(jobs);
}

/** Stops the workers; the next large build starts new ones. */
export async function closeCompilePool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.terminate();
}
