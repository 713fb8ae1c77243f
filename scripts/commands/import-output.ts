/**
 * What `ehtrig import` and `ehtrig pull` print: the files written (or that would be), the notes
 * of what could not be carried over. Not a command itself (it is not listed in index.ts).
 */
import { relative } from "node:path";
import type { ImportedFile } from "../bundle/import-trigger.ts";
import type { Io } from "../io.ts";
import { printJson } from "../report.ts";

export function printImported(
  io: Io,
  files: ImportedFile[],
  root: string,
  opts: { dryRun?: boolean; json?: boolean },
  /** What the source carried that the import does not bring (bundle sections, …). */
  notes: string[] = [],
): void {
  const file = (f: ImportedFile) => relative(root, f.path).split("\\").join("/");
  if (opts.json) {
    const triggers = files.map((f) => ({ id: f.id, name: f.name, file: file(f), notes: f.notes }));
    return printJson(io, { dryRun: !!opts.dryRun, triggers, notes });
  }
  for (const f of files) io.out(`${opts.dryRun ? "would write" : "wrote"} ${file(f)}  (${f.name})`);
  for (const note of [...files.flatMap((f) => f.notes), ...notes]) io.err(`note: ${note}`);
  if (!opts.dryRun)
    io.out("build them with `ehtrig build`; remove `// @ts-nocheck` from a file to type-check it");
}
