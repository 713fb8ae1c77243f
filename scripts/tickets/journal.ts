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
import { hash } from "node:crypto";
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
 * different rows and each is sent.
 */
export function rowKey(origin: string, row: number, method: string, path: string, body: unknown): string {
  return hash("sha256", `${origin}\n${row}\n${method} ${path}\n${JSON.stringify(body)}`).slice(0, 32);
}

const BATCH_WINDOW_MS = 20;

export class Journal {
  private readonly confirmed: Set<string>;
  private queue: Array<{ line: string; done: () => void; fail: (e: Error) => void }> = [];
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

  /** Resolves once the entry is on disk. */
  confirm(entry: JournalEntry): Promise<void> {
    return new Promise((done, fail) => {
      this.queue.push({ line: JSON.stringify(entry) + "\n", done, fail });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length) {
      // Gather what arrives in the next few milliseconds: one write and one disk flush per batch
      // instead of per row. Requests do not wait for this; only the "sent" count does.
      await new Promise((resolve) => setTimeout(resolve, BATCH_WINDOW_MS));
      const batch = this.queue;
      this.queue = [];
      try {
        const prefix = this.needsNewline ? "\n" : "";
        this.needsNewline = false;
        // Entries hold no secrets by construction; redact() is the belt to those braces.
        await this.handle.write(redact(prefix + batch.map((b) => b.line).join("")));
        await this.handle.datasync();
        for (const b of batch) {
          b.done();
        }
      } catch (err) {
        for (const b of batch) b.fail(err as Error);
      }
    }
    this.flushing = false;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
