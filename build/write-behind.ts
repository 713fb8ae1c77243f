/**
 * Cache writes that leave the build's thread: each file is written whole or not at all (a
 * temporary file, then a rename, as writeFileAtomic does) by Node's I/O threads, while the build
 * goes on lowering and verifying. A build flushes before it returns, so what it cached is on disk
 * when it is done; a process killed before that leaves at most temporary files, which
 * removeLeftoverTemps clears. Writes to one path land in the order they were asked for.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import { tempPath } from "./write-atomic.ts";

export class WriteBehind {
  /** The last write asked for each path (the next one for that path waits for it). */
  private readonly last = new Map<string, Promise<void>>();
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown;

  write(path: string, data: string | Uint8Array): void {
    const before = this.last.get(path) ?? Promise.resolve();
    const done = before.then(async () => {
      const tmp = tempPath(path);
      try {
        await writeFile(tmp, data);
        await rename(tmp, path);
      } catch (err) {
        await rm(tmp, { force: true }).catch(() => undefined);
        this.failure ??= err;
      }
    });
    this.last.set(path, done);
    this.pending.add(done);
    void done.finally(() => {
      this.pending.delete(done);
      if (this.last.get(path) === done) this.last.delete(path);
    });
  }

  /** Waits for every write asked so far; throws the first that failed (a full disk, say). */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
    const failure = this.failure;
    this.failure = undefined;
    if (failure !== undefined) throw failure;
  }
}
