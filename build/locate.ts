/**
 * Maps a position of a compiled trigger (as the ExtraHop debug log reports it) back to the
 * TypeScript source, through the source map written next to the script.
 */
import { diagnostic, EhtrigError } from "./diagnostics.ts";
import { findEntry, readBuiltFile, readManifest, type ManifestEntry } from "./manifest.ts";
import type { Project } from "./project/config.ts";
import { PositionMapper, type OriginalPosition } from "./sourcemap.ts";

export interface Located {
  trigger: string;
  /** The position asked about, in the compiled script. */
  generated: { line: number; column?: number };
  original: OriginalPosition;
}

/** Parses "120" or "120:17" (1-based line, 1-based column as V8 and most logs print them). */
export function parsePosition(text: string): { line: number; column?: number } {
  const m = /^(\d+)(?::(\d+))?$/.exec(text.trim());
  if (!m || Number(m[1]) < 1 || (m[2] !== undefined && Number(m[2]) < 1)) {
    throw new EhtrigError(
      [diagnostic("EH601", `"${text}" is not a position; expected LINE or LINE:COLUMN, e.g. 120 or 120:17`)],
      2,
    );
  }
  return m[2] === undefined ? { line: Number(m[1]) } : { line: Number(m[1]), column: Number(m[2]) };
}

export function locate(
  project: Project,
  trigger: string,
  position: { line: number; column?: number },
): Located {
  return locator(project, trigger)(position);
}

/**
 * locate() for many positions of one trigger (a debug log's exceptions): the manifest, the script
 * and its source map are read once.
 */
export function locator(
  project: Project,
  trigger: string,
): (position: { line: number; column?: number }) => Located {
  const entry = findEntry(readManifest(project.outDir), trigger);
  return locatorOf(project, entry, readBuiltFile(project.outDir, entry.file));
}

/** locator() of a manifest entry whose script the caller has read already. */
export function locatorOf(
  project: Project,
  entry: ManifestEntry,
  script: string,
): (position: { line: number; column?: number }) => Located {
  const lines = script.split("\n").length - (script.endsWith("\n") ? 1 : 0);
  let mapper: PositionMapper | undefined;
  return (position) => {
    if (position.line > lines) {
      throw new EhtrigError([
        diagnostic("EH601", `${entry.file} has ${lines} lines; line ${position.line} is past its end`, {
          hint: "Check that the appliance runs the same build (compare the sha256 in the script's banner).",
        }),
      ]);
    }
    mapper ??= new PositionMapper(readBuiltFile(project.outDir, entry.map), project.outDir, project.root);
    const original =
      position.column === undefined
        ? mapper.originalOfLine(position.line)
        : mapper.original(position.line, position.column - 1);
    if (!original) {
      throw new EhtrigError([
        diagnostic(
          "EH601",
          `line ${position.line} of ${entry.file} is not from your source (banner or a Babel helper)`,
          {
            hint: "Helpers are shared runtime code; look at the caller, the next line of the stack that maps.",
          },
        ),
      ]);
    }
    return { trigger: entry.id, generated: position, original };
  };
}
