/**
 * What a build that lives on (watch mode) remembers of files between its rebuilds: a value (the
 * bytes it read and hashed, the text it found written) for each file, kept while the file's device,
 * inode, size, modification and change times are those observed just before the value was read.
 * On a local file system the kernel sets the change time on every write, and file tools cannot set
 * it back (unlike the modification time, which `touch -d`, `cp -p` or an archive restore can), so a
 * write after the observation gives the file a later one. A file that had changed less than three
 * seconds before it was observed is not remembered: a second write within the same tick of the
 * file system's clock could leave all five unchanged (the case git calls racy; FAT keeps times to
 * 2 s). The file is opened to be observed, not only stat-ed: an NFS client revalidates a file's
 * attributes when it is opened, but may answer a stat from its cache for up to a minute.
 */
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";

/** How long before being observed a file must have last changed for its state to be trusted. */
export const SETTLED_MS = 3000;

/** A file's state at one moment. */
interface Observed {
  dev: number;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  /** When it was observed (Date.now()). */
  at: number;
}

/** The file's state now; undefined when it cannot be opened. */
export function observe(path: string): Observed | undefined {
  return opened(path, (fd) => stateOf(fd));
}

/**
 * The file's bytes with its state observed just before they were read, through one opening;
 * undefined when it cannot be read (a folder, a missing file, no permission).
 */
export function readObserved(path: string): { bytes: Buffer; state: Observed } | undefined {
  return opened(path, (fd) => {
    const state = stateOf(fd);
    return { bytes: readFileSync(fd), state };
  });
}

function stateOf(fd: number): Observed {
  const s = fstatSync(fd);
  return { dev: s.dev, size: s.size, ino: s.ino, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, at: Date.now() };
}

/** What use(fd) gives of the file opened for reading; undefined when it cannot be opened or used. */
export function opened<T>(path: string, use: (fd: number) => T): T | undefined {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return undefined;
  }
  try {
    return use(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** What FileStates keeps of one file, as it is saved (persisted). */
export type SavedStates<T> = Record<string, { state: Observed; value: T }>;

export class FileStates<T> {
  private readonly seen = new Map<string, { state: Observed; value: T }>();
  /** Whether anything was recorded or forgotten since it was made or saved. */
  changed = false;

  /** States saved by an earlier process (the same rules hold across processes). */
  static from<T>(saved: SavedStates<T> | undefined): FileStates<T> {
    const states = new FileStates<T>();
    for (const [path, seen] of Object.entries(saved ?? {})) {
      if (seen && typeof seen === "object" && seen.state && typeof seen.state.ctimeMs === "number")
        states.seen.set(path, seen);
    }
    return states;
  }

  save(): SavedStates<T> {
    this.changed = false;
    return Object.fromEntries(this.seen);
  }

  /** The value recorded for path, if the file has not changed since; otherwise undefined. */
  get(path: string): T | undefined {
    const seen = this.seen.get(path);
    if (!seen) return undefined;
    const now = observe(path);
    const was = seen.state;
    if (
      now &&
      now.dev === was.dev &&
      now.size === was.size &&
      now.ino === was.ino &&
      now.mtimeMs === was.mtimeMs &&
      now.ctimeMs === was.ctimeMs
    )
      return seen.value;
    this.seen.delete(path);
    this.changed = true;
    return undefined;
  }

  /** Records value as what path held when it was observed (readObserved, or observe() before reading). */
  record(path: string, value: T, state: Observed | undefined): void {
    const was = this.seen.get(path);
    if (state && state.at - state.ctimeMs >= SETTLED_MS) {
      this.seen.set(path, { state, value });
      this.changed ||= was?.value !== value || was.state.ctimeMs !== state.ctimeMs;
    } else if (was) {
      this.seen.delete(path);
      this.changed = true;
    }
  }
}
