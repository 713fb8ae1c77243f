/**
 * The sync journal: one JSON line per row the appliance confirmed (2xx), appended and flushed to
 * disk (fdatasync) before the row counts as sent. Rerunning the same file skips every row whose
 * key is in the journal, so an interrupted or partly failed run resends nothing confirmed and
 * loses nothing. Rows confirmed while a flush is running are written together in the next one
 * (group commit, gathered over a few milliseconds), which keeps the per-row guarantee without one
 * disk flush per request.
 *
 * A kill can cut the last line short; such a tail is cut off (that row was not confirmed yet and
 * is sent again). Damage anywhere else is reported, because then we cannot tell what was sent.
 */
import { existsSync, readFileSync, truncateSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { redact } from "../rest/secrets.ts";

export interface JournalEntry {
  key: string;
  row: number;
  method: string;
  path: string;
  /** ISO time the confirmation arrived. */
  at: string;
}

/**
 * A row's identity: where it goes (appliance origin, method, path), what it sends, and its row
 * number, so that two identical rows in one file (say, in_progress → closed → in_progress) are
 * different rows and each is sent. The key is the row number and a 64-bit non-cryptographic hash
 * (two 32-bit FNV-style lanes): it only has to tell a row's old and new content apart, and it is
 * several times cheaper than sha256 over ten thousand rows.
 */
export function rowKey(origin: string, row: number, method: string, path: string, body: unknown): string {
  const text = `${origin}\n${row}\n${method} ${path}\n${JSON.stringify(body)}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 13), 0x5bd1e995);
  }
  return `${row}-${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}

const BATCH_WINDOW_MS = 20;

export class Journal {
  private readonly confirmed: Set<string>;
  private queue: Array<{ entry: Omit<JournalEntry, "at">; done: (err?: Error) => void }> = [];
  private idle: Array<() => void> = [];
  private flushing = false;
  private needsNewline: boolean;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    confirmed: Set<string>,
    endsClean: boolean,
  ) {
    this.confirmed = confirmed;
    this.needsNewline = !endsClean;
  }

  static async open(file: string): Promise<Journal> {
    try {
      return await Journal.openFile(file);
    } catch (err) {
      if (err instanceof EhtrigError) throw err;
      // A directory, a missing folder or a read-only disk is the user's to fix, not an ehtrig bug.
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new EhtrigError([
        diagnostic("EH734", `cannot open the journal ${file} (${code})`, {
          hint: "Pass --journal FILE with a writable file path; nothing was sent.",
        }),
      ]);
    }
  }

  private static async openFile(file: string): Promise<Journal> {
    const confirmed = new Set<string>();
    let endsClean = true;
    if (existsSync(file)) {
      const text = readFileSync(file, "utf8");
      const lines = text.split("\n");
      endsClean = text === "" || text.endsWith("\n");
      lines.forEach((l, i) => {
        if (l.trim() === "") return;
        try {
          const e = JSON.parse(l) as JournalEntry;
          if (typeof e.key !== "string") throw new Error("no key");
          confirmed.add(e.key);
        } catch {
          // Only a torn final line is expected (a kill during the write).
          if (i !== lines.length - 1) {
            throw new EhtrigError([
              diagnostic("EH734", `journal ${file} line ${i + 1} is damaged`, {
                location: { file, line: i + 1, column: 1 },
              }),
            ]);
          }
          // Cut it off, so that the next entries do not follow a broken line.
          truncateSync(file, Buffer.byteLength(text) - Buffer.byteLength(l));
          endsClean = true;
        }
      });
    }
    return new Journal(file, await open(file, "a"), confirmed, endsClean);
  }

  has(key: string): boolean {
    return this.confirmed.has(key);
  }

  get size(): number {
    return this.confirmed.size;
  }

  /**
   * Queues a confirmed row; `done` is called once it is on disk (or with the error if the write
   * failed). A callback rather than a promise: a sync records thousands of rows a second.
   */
  record(entry: Omit<JournalEntry, "at">, done: (err?: Error) => void): void {
    this.queue.push({ entry, done });
    if (!this.flushing) void this.flush();
  }

  /** Resolves once the entry is on disk. */
  confirm(entry: Omit<JournalEntry, "at">): Promise<void> {
    return new Promise((resolve, reject) => this.record(entry, (err) => (err ? reject(err) : resolve())));
  }

  /** Resolves when everything recorded so far is on disk. */
  drain(): Promise<void> {
    return this.flushing ? new Promise((resolve) => this.idle.push(resolve)) : Promise.resolve();
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length) {
      // Gather what arrives in the next few milliseconds: one write and one disk flush per batch
      // instead of per row. Requests do not wait for this; only the "sent" count does.
      await new Promise((resolve) => setTimeout(resolve, BATCH_WINDOW_MS));
      const batch = this.queue;
      this.queue = [];
      const at = new Date().toISOString();
      let failure: Error | undefined;
      try {
        let text = this.needsNewline ? "\n" : "";
        this.needsNewline = false;
        for (const { entry: e } of batch) {
          // Hand-built JSON: key, method and the time are plain ASCII by construction.
          text += `{"key":"${e.key}","row":${e.row},"method":"${e.method}","path":${JSON.stringify(e.path)},"at":"${at}"}\n`;
        }
        // Entries hold no secrets by construction; redact() is the belt to those braces.
        await this.handle.write(redact(text));
        await this.handle.datasync();
        for (const b of batch) this.confirmed.add(b.entry.key);
      } catch (err) {
        failure = err as Error;
      }
      for (const b of batch) b.done(failure);
    }
    this.flushing = false;
    for (const resolve of this.idle.splice(0)) resolve();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
