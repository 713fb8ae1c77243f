/**
 * The sync journal: what the appliance confirmed, per detection. Each line records an appliance
 * origin, a detection id and a hash of the state it confirmed; the last line for a detection wins.
 * A rerun sends exactly the detections whose desired state hashes differently from their confirmed
 * one, whichever file, path or row order the state came from. One journal serves every input file
 * (by default `.ehtrig/tickets-journal.jsonl` in the working directory).
 *
 * Lines are appended and flushed to disk (fdatasync) before a detection counts as sent; confirmations
 * that arrive during a flush are written together in the next one (group commit). Each line ends
 * with a checksum of itself, and every write is checked to have been written whole: a short write
 * (a full disk, a file size limit) fails the flush, the journal refuses further entries, and the run
 * stops with EH734. A kill can still cut the last line short; such a tail is cut off on the next
 * open (that state was not confirmed yet and is sent again). Damage anywhere else is an error,
 * because then we cannot tell what was confirmed.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync, truncateSync } from "node:fs";
import { mkdir, open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { redact } from "../rest/secrets.ts";
import type { DetectionPatch } from "./validate-rows.ts";

export interface JournalEntry {
  origin: string;
  detection: number;
  /** stateHash() of the body the appliance confirmed. */
  state: string;
}

export const DEFAULT_JOURNAL = ".ehtrig/tickets-journal.jsonl";

/** A journal is read whole at the start of a run; past this size, start a new one. */
export const MAX_JOURNAL_BYTES = 256 * 1024 * 1024;

/** A state's identity: its fields with sorted keys, hashed (the journal stays small). */
export function stateHash(body: DetectionPatch): string {
  const keys = Object.keys(body).sort();
  const canonical = JSON.stringify(keys.map((k) => [k, body[k as keyof DetectionPatch]]));
  return createHash("sha256").update(canonical).digest("hex").slice(0, 32);
}

function checksum(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

const SUM_FIELD = ',"sum":"';

/** One line: JSON whose last field is a checksum of the text before it. */
export function journalLine(e: JournalEntry, at: string): string {
  const head = `{"origin":${JSON.stringify(e.origin)},"detection":${e.detection},"state":"${e.state}","at":"${at}"`;
  return `${head}${SUM_FIELD}${checksum(head)}"}\n`;
}

/** The entry a line holds, or undefined when the line is torn or damaged. */
export function parseJournalLine(line: string): JournalEntry | undefined {
  const at = line.lastIndexOf(SUM_FIELD);
  if (at < 0 || line.slice(at + SUM_FIELD.length) !== `${checksum(line.slice(0, at))}"}`) return undefined;
  try {
    const e = JSON.parse(line) as JournalEntry;
    return typeof e.origin === "string" && Number.isSafeInteger(e.detection) && typeof e.state === "string"
      ? e
      : undefined;
  } catch {
    return undefined;
  }
}

const slot = (origin: string, detection: number) => `${origin}\n${detection}`;

export class Journal {
  /** origin + detection → the state hash last confirmed. */
  private readonly confirmed: Map<string, string>;
  private queue: Array<{ entry: JournalEntry; done: (err?: Error) => void }> = [];
  private idle: Array<() => void> = [];
  private flushing = false;
  /** Set by the first failed write: nothing more is written after a torn line. */
  private broken: Error | undefined;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    confirmed: Map<string, string>,
  ) {
    this.confirmed = confirmed;
  }

  static async open(file: string): Promise<Journal> {
    try {
      const confirmed = readJournal(file);
      await mkdir(dirname(file), { recursive: true });
      return new Journal(file, await open(file, "a"), confirmed);
    } catch (err) {
      if (err instanceof EhtrigError) throw err;
      // A directory, a missing folder or a read-only disk is the user's to fix, not an ehtrig bug.
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw journalError(`cannot open the journal ${file} (${code})`, file);
    }
  }

  /** True when the appliance confirmed exactly this state of this detection. */
  has(e: JournalEntry): boolean {
    return this.confirmed.get(slot(e.origin, e.detection)) === e.state;
  }

  get size(): number {
    return this.confirmed.size;
  }

  /**
   * Queues a confirmed state; `done` is called once it is on disk (or with the error if the write
   * failed). A callback rather than a promise: a sync records thousands of states a second.
   */
  record(entry: JournalEntry, done: (err?: Error) => void): void {
    if (this.broken) return done(this.broken);
    this.queue.push({ entry, done });
    if (!this.flushing) void this.flush();
  }

  /** Resolves once the entry is on disk. */
  confirm(entry: JournalEntry): Promise<void> {
    return new Promise((resolve, reject) => this.record(entry, (err) => (err ? reject(err) : resolve())));
  }

  /** Resolves when everything recorded so far is on disk (or failed). */
  drain(): Promise<void> {
    return this.flushing ? new Promise((resolve) => this.idle.push(resolve)) : Promise.resolve();
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length) {
      // Gather what arrives in the next few milliseconds: one write and one disk flush per batch.
      await new Promise((resolve) => setTimeout(resolve, BATCH_WINDOW_MS));
      const batch = this.queue;
      this.queue = [];
      const at = new Date().toISOString();
      // Entries hold no secrets by construction; redact() is the belt to those braces.
      const text = redact(batch.map((b) => journalLine(b.entry, at)).join(""));
      try {
        if (this.broken) throw this.broken;
        await writeWhole(this.handle, Buffer.from(text), this.file);
        await this.handle.datasync();
        for (const { entry: e } of batch) this.confirmed.set(slot(e.origin, e.detection), e.state);
      } catch (err) {
        this.broken ??= err as Error;
      }
      for (const b of batch) b.done(this.broken);
    }
    this.flushing = false;
    for (const resolve of this.idle.splice(0)) resolve();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

const BATCH_WINDOW_MS = 20;

/** write() may write less than asked (a file size limit, a full disk): that is a failure, not success. */
async function writeWhole(handle: FileHandle, data: Buffer, file: string): Promise<void> {
  let done = 0;
  while (done < data.length) {
    let n: number;
    try {
      ({ bytesWritten: n } = await handle.write(data, done, data.length - done));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new Error(`short write to ${file}: ${done} of ${data.length} bytes, then ${code}`);
    }
    if (n === 0) throw new Error(`short write to ${file}: ${done} of ${data.length} bytes`);
    done += n;
  }
}

function journalError(message: string, file: string, line?: number): EhtrigError {
  return new EhtrigError([
    diagnostic("EH734", message, {
      ...(line ? { location: { file, line, column: 1 } } : {}),
      hint:
        line === undefined ? "Pass --journal FILE with a writable file path; nothing was sent." : undefined,
    }),
  ]);
}

/** Confirmed states from an existing journal; a torn last line is cut off, other damage refused. */
function readJournal(file: string): Map<string, string> {
  const confirmed = new Map<string, string>();
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return confirmed;
  }
  if (!stat.isFile()) throw journalError(`the journal ${file} is not a regular file`, file);
  if (stat.size > MAX_JOURNAL_BYTES)
    throw journalError(
      `the journal ${file} is larger than ${MAX_JOURNAL_BYTES / 1024 / 1024} MiB; start a new one with --journal`,
      file,
    );
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === "") continue;
    const e = parseJournalLine(lines[i]);
    if (e) {
      confirmed.set(slot(e.origin, e.detection), e.state);
      continue;
    }
    // Only a torn final line is expected (a kill or a failed write during the last flush).
    if (i !== lines.length - 1)
      throw journalError(`journal ${file} line ${i + 1} is damaged (or not an ehtrig journal)`, file, i + 1);
    // Cut it off, so that the next entries start on a line of their own.
    truncateSync(file, Buffer.byteLength(text) - Buffer.byteLength(lines[i]));
  }
  return confirmed;
}
