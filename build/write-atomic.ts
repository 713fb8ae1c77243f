/**
 * Writes a file whole or not at all: a temporary file next to it, then a rename, so that a reader
 * (or a process killed mid-write) never sees half of it. A process killed between the two leaves
 * its temporary file behind; removeLeftoverTemps clears those of processes that are gone.
 */
import { readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readObserved, type FileStates } from "./file-states.ts";

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = tempPath(path);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

let temps = 0;

/**
 * A temporary name next to path that no other write uses: this process's id (which
 * removeLeftoverTemps reads) and a count (writes of one process may overlap: write-behind.ts).
 */
export function tempPath(path: string): string {
  return `${path}.${process.pid}-${++temps}.tmp`;
}

/**
 * writeFileAtomic, skipped when the file already holds the text (its timestamp keeps meaning "last
 * changed"). Given the states of files found written before (watch mode), a file unchanged since
 * it was found to hold the text is not read again. Given records of the text's sha256 (builds in
 * processes of their own: BuildCache.outputRecords), which the caller looked up first (emit.ts),
 * the file found holding the text is recorded.
 */
export function writeIfChanged(
  path: string,
  text: string,
  written?: FileStates<string>,
  recorded?: { states: FileStates<string>; hash: string },
): void {
  if (written?.get(path) === text) return;
  const found = readObserved(path);
  if (found?.bytes.toString("utf8") === text) {
    written?.record(path, text, found.state);
    recorded?.states.record(path, recorded.hash, found.state);
    return;
  }
  writeFileAtomic(path, text);
}

/** A temporary file's name: the writer's process id, then (since write-behind.ts) a count. */
const TEMP = /\.(\d+)(?:-\d+)?\.tmp$/;

/**
 * Deletes the temporary files in a folder that writeFileAtomic left when its process was killed
 * (kill -9, a crash) before the rename. Those of a running process (a concurrent build) stay.
 * Returns the names of the files left (for callers that tidy the folder further), or undefined
 * when the folder cannot be read.
 */
export function removeLeftoverTemps(dir: string): string[] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  return names.filter((name) => {
    const pid = TEMP.exec(name)?.[1];
    if (pid === undefined || running(Number(pid))) return true;
    rmSync(join(dir, name), { force: true });
    return false;
  });
}

function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
