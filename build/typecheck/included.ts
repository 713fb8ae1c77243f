/**
 * The TypeScript files a project's tsconfig `include` may bring into the type-check besides its
 * trigger sources (a typings/ folder of global declarations, say). A file added there or removed
 * changes what every file sees, so the type-check's cache key lists them by name (cached.ts):
 * content edits are caught by the hashes of the files the last check read.
 *
 * The listing is a superset: each pattern's folder before its first wildcard, every TypeScript
 * file below it (the `exclude` setting is not applied). A tsconfig without an `include` of its
 * own (one it inherits, or tsc's default of every file) lists the whole project.
 */
import { statSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import JSON5 from "json5";
import { listFiles } from "../cache.ts";

const TYPESCRIPT = /\.(ts|tsx|mts|cts)$/;

/**
 * @param sourcesDir the folder of the trigger sources, listed already (`sources`): a pattern
 *   that starts in it adds nothing to list
 */
export function includedFiles(
  tsconfig: string,
  text: string | undefined,
  sourcesDir: string,
  sources: readonly string[],
): string[] {
  const known = new Set(sources);
  const out = new Set<string>();
  for (const start of startsOf(tsconfig, text)) {
    if (start === sourcesDir || start.startsWith(sourcesDir + sep)) continue;
    let isFile = false;
    try {
      isFile = statSync(start).isFile();
    } catch {
      continue; // nothing there (yet): a file added below it changes the listing
    }
    for (const f of isFile ? [start] : listFiles([start], TYPESCRIPT)) if (!known.has(f)) out.add(f);
  }
  return [...out].sort();
}

/** Include patterns by tsconfig text: watch mode reads the same one build after build. */
const parsed = new Map<string, unknown>();

/** Where each include pattern starts: its path up to the first segment with a wildcard. */
function startsOf(tsconfig: string, text: string | undefined): string[] {
  const dir = dirname(tsconfig);
  let include = text === undefined ? undefined : parsed.get(text);
  if (text !== undefined && !parsed.has(text)) {
    try {
      include = (JSON5.parse(text) as { include?: unknown }).include;
    } catch {
      include = undefined; // tsc reports an unreadable tsconfig; the listing stays a superset
    }
    if (parsed.size > 8) parsed.clear();
    parsed.set(text, include);
  }
  const patterns =
    Array.isArray(include) && include.every((p) => typeof p === "string") ? (include as string[]) : ["**/*"];
  return patterns.map((p) => {
    const literal: string[] = [];
    for (const segment of p.split(/[\\/]/)) {
      if (/[*?]/.test(segment)) break;
      literal.push(segment);
    }
    return resolve(dir, literal.join("/"));
  });
}
