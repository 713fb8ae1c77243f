/** Runs one module load when its turn comes (LoweringQueue.run with the caller's batch). */
export type Schedule = <T>(load: () => Promise<T>) => Promise<T>;

/**
 * The order in which this thread lowers the modules that several bundler calls ask for at once.
 *
 * A build bundles its triggers in batches, one esbuild call each, all started together
 * (pipeline.ts). esbuild asks for every module it finds (a plugin load), and once a call has
 * all of its modules it links its scripts on its own threads while this thread waits. Served
 * first come, first served, every call would finish loading at about the same time and all the
 * linking would come at the end, with this thread idle. Served by batch (lowest first), the first
 * call links while this thread lowers the next batch's modules, and the last call's linking is
 * all that is left to wait for.
 *
 * Two tasks run at a time: a lowering waits for esbuild to strip its types (a message to its
 * process), and the other one uses that wait.
 */
export class LoweringQueue {
  private readonly waiting: { priority: number; start: () => void }[] = [];
  private running = 0;

  constructor(private readonly concurrency = 2) {}

  /** Runs task when no task of a lower priority number waits and a place is free. */
  async run<T>(priority: number, task: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) this.running++;
    else {
      await new Promise<void>((start) => {
        const item = { priority, start };
        // Ordered by priority, then arrival (a linear insertion: one task per module load).
        let at = this.waiting.length;
        while (at > 0 && this.waiting[at - 1]!.priority > priority) at--;
        this.waiting.splice(at, 0, item);
      });
    }
    try {
      return await task();
    } finally {
      // The place passes to the next task waiting, or is freed.
      const next = this.waiting.shift();
      if (next) next.start();
      else this.running--;
    }
  }
}
