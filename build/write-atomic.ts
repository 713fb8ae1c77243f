/**
 * Writes a file whole or not at all: a temporary file next to it, then a rename, so that a reader
 * (or a process killed mid-write) never sees half of it.
 */
import { renameSync, writeFileSync } from "node:fs";

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
