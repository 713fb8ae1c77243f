/**
 * The TypeScript files a project's tsconfig `include` may bring into the type-check besides its
 * trigger sources (a typings/ folder of global declarations, say). A file added there or removed
 * changes what every file sees, so the type-check's cache key lists them by name (cached.ts):
 * content edits are caught by the hashes of the files the last check read.
 *
 * The listing is a superset: each pattern's folder before its first wildcard, every TypeScript
 * file below it (the `exclude` setting is not applied). The patterns are found as tsc finds them
 * along the `extends` chain (includeOf); when the chain cannot be read, the whole project is listed.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import JSON5 from "json5";
import { listFiles } from "../cache.ts";

const TYPESCRIPT = /\.(ts|tsx|mts|cts)$/;

/** Every TypeScript file below the starts of the include patterns (inclusionOf), less `sources`. */
export function includedFiles(starts: readonly string[], sources: readonly string[]): string[] {
  const known = new Set(sources);
  const out = new Set<string>();
  for (const start of starts) {
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

/** A tsconfig's own settings that decide which files it includes. */
interface Settings {
  include?: unknown;
  files?: unknown;
  extends?: unknown;
}

/** Settings by tsconfig text: watch mode reads the same one build after build. */
const parsed = new Map<string, Settings | undefined>();

function settingsOf(text: string): Settings | undefined {
  if (!parsed.has(text)) {
    let settings: Settings | undefined;
    try {
      settings = JSON5.parse(text) as Settings;
    } catch {
      settings = undefined; // tsc reports an unreadable tsconfig; the listing stays a superset
    }
    if (parsed.size > 16) parsed.clear();
    parsed.set(text, settings);
  }
  return parsed.get(text);
}

/** What a tsconfig's `extends` chain says of the files it includes. */
export interface Inclusion {
  /** Where each include pattern starts: its path up to the first segment with a wildcard. */
  starts: string[];
  /** The base tsconfigs it extends, directly or not (what it inherits can change). */
  bases: string[];
}

export function inclusionOf(tsconfig: string, text: string | undefined): Inclusion {
  const found = includeOf(tsconfig, text, 0);
  const { patterns, dir } =
    found?.include ??
    (found && found.files ? { patterns: [], dir: "" } : { patterns: ["**/*"], dir: dirname(tsconfig) });
  const starts = patterns.map((pattern) => {
    const p = pattern.replace("${configDir}", dirname(tsconfig));
    const literal: string[] = [];
    for (const segment of p.split(/[\\/]/)) {
      if (/[*?]/.test(segment)) break;
      literal.push(segment);
    }
    return resolve(dir, literal.join("/"));
  });
  return { starts, bases: found?.bases ?? [] };
}

interface Found {
  /** The nearest `include` along the chain, and the folder its patterns are relative to. */
  include?: { patterns: string[]; dir: string };
  /** Whether a `files` list was met (tsc then includes nothing by default). */
  files: boolean;
  /** The base configs read. */
  bases: string[];
}

/**
 * What the `extends` chain says of the files to include, as tsc inherits them (`include` and
 * `files` separately, a later base winning). Undefined when the chain cannot be read (the
 * listing is then the whole project).
 */
function includeOf(tsconfig: string, text: string | undefined, depth: number): Found | undefined {
  const settings = text === undefined ? undefined : settingsOf(text);
  if (!settings || depth > 8) return undefined;
  const dir = dirname(tsconfig);
  const { include, files } = settings;
  const found: Found = { files: Array.isArray(files), bases: [] };
  if (Array.isArray(include)) {
    if (!include.every((p) => typeof p === "string")) return undefined;
    found.include = { patterns: include as string[], dir };
  }
  const bases = typeof settings.extends === "string" ? [settings.extends] : (settings.extends ?? []);
  if (!Array.isArray(bases)) return undefined;
  // (with several bases, a later one's settings win)
  for (const base of [...bases].reverse()) {
    const path = typeof base === "string" ? baseConfig(dir, base) : undefined;
    if (!path) return undefined;
    let baseText: string;
    try {
      baseText = readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
    const inherited = includeOf(path, baseText, depth + 1);
    if (!inherited) return undefined;
    found.bases.push(path, ...inherited.bases);
    found.include ??= inherited.include;
    found.files ||= inherited.files;
  }
  return found;
}

/** A base named in `extends`: a path, or a package's file resolved from the config's folder. */
function baseConfig(dir: string, base: string): string | undefined {
  if (base.startsWith(".") || isAbsolute(base)) {
    const path = resolve(dir, base);
    return existsSync(path) ? path : existsSync(`${path}.json`) ? `${path}.json` : undefined;
  }
  const require = createRequire(join(dir, "tsconfig.json"));
  for (const name of [base, `${base}.json`, `${base}/tsconfig.json`]) {
    try {
      return require.resolve(name);
    } catch {
      // the next form
    }
  }
  return undefined;
}
