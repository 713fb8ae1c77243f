/**
 * Content-addressed build cache. A trigger's compiled output is reused when its metadata and
 * the content of every file its last bundle read are unchanged; the type-check result is reused
 * when no file it covers changed. Kept in memory (watch mode) and in .ehtrig-cache/ on disk.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "./hash.ts";
import { removeLeftoverTemps } from "./write-atomic.ts";
import { WriteBehind } from "./write-behind.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { MetadataResult } from "./metadata/read.ts";
import { TOOLKIT_VERSION } from "./version.ts";
import { ModuleCache } from "./modules/module-cache.ts";
import { FileStates, readObserved, type SavedStates } from "./file-states.ts";
import { encodeEntry, readEntryHead, readEntryOutputs, type EntryHead } from "./trigger-entry.ts";

export const CACHE_DIR = ".ehtrig-cache";

/** The output records' file in the cache folder (BuildCache.outputRecords). */
const OUTPUTS = "outputs.json";

const require = createRequire(import.meta.url);

/** A cached trigger: the first line of its entry, and its outputs (trigger-entry.ts). */
export interface CachedTrigger extends EntryHead {
  /** The script and its map; an entry found on disk reads them when first asked for. */
  readonly code: string;
  readonly map: string;
}

export interface CachedTypecheck {
  /** Hash of what every file's check depends on (typecheck/cached.ts). */
  key: string;
  diagnostics: Diagnostic[];
  /** The project's own source files (absolute path → content hash). */
  files: Record<string, string | null>;
  /** Root-relative path of each file in the program → the files that import it. */
  importers: Record<string, string[]>;
  /** Source files that declare globals or modules (absolute paths): in every partial check. */
  ambient: string[];
  /**
   * Every other file the check read (npm packages' declarations, TypeScript's lib files): absolute
   * path → content hash. Any change (an npm update, a package linked in) checks everything again.
   */
  external: Record<string, string | null>;
  /**
   * Each project file's import lines (hashed: typecheck/cached.ts), so a rebuild knows the import
   * graph above still holds for a changed file. Absent in entries of older versions.
   */
  imports?: Record<string, string>;
  /**
   * The declarations tsc emitted for modules that other files import (root-relative path → .d.ts
   * text), each for the file's version in `files`; a module checked since without emitting has
   * none. Absent in entries of older versions.
   */
  declarations?: Record<string, string>;
}

/** A file's content as a build read it: its hash, and its bytes until they are decoded as text. */
interface ReadFile {
  hash: string | null;
  bytes?: Buffer;
  text?: string;
}

/**
 * Hashes file contents at most once per build, and keeps what it hashed (the bytes, then their
 * text). Given the file states of a build that lives on (watch mode), a file unchanged since an
 * earlier build is not read again.
 */
export class FileHashes {
  private readonly memo = new Map<string, ReadFile>();

  constructor(private readonly states?: FileStates<ReadFile>) {}

  get(path: string): string | null {
    return this.read(path).hash;
  }

  /** The text whose hash get() gave (undefined for a file that could not be read). */
  text(path: string): string | undefined {
    const entry = this.read(path);
    if (entry.text === undefined && entry.bytes) {
      entry.text = entry.bytes.toString("utf8");
      entry.bytes = undefined;
    }
    return entry.text;
  }

  private read(path: string): ReadFile {
    let entry = this.memo.get(path);
    if (entry) return entry;
    entry = this.states?.get(path);
    if (entry === undefined) {
      const read = readObserved(path);
      entry = read ? { hash: sha256(read.bytes), bytes: read.bytes } : { hash: null };
      if (read) this.states?.record(path, entry, read.state);
    }
    this.memo.set(path, entry);
    return entry;
  }
}

export class BuildCache {
  private readonly triggers = new Map<string, CachedTrigger>();
  /** Metadata read results by hash of (compiler, file, content): parsing every trigger is the main cost of a no-op build. */
  private metadataEntries = new Map<string, MetadataResult>();
  private metadataUsed = new Set<string>();
  private metadataDirty = false;
  private typecheckEntry: CachedTypecheck | undefined;
  /** The cache folder, or undefined for a memory-only cache. */
  readonly dir: string | undefined;
  /** Entries are written off the build's thread; a build flushes them before it returns. */
  private readonly writes = new WriteBehind();

  /** Lowered modules by content, shared by every trigger and build that uses this cache. */
  readonly modules: ModuleCache;

  /**
   * What the builds that use this cache read and found written, kept while the files are unchanged
   * (file-states.ts): in watch mode a rebuild reads only the files that changed.
   */
  readonly sources = new FileStates<ReadFile>();
  readonly outputs = new FileStates<string>();
  /**
   * For builds in processes of their own: the output files earlier builds found holding the text
   * whose sha256 each record keeps, saved in the cache folder, so that an unchanged output is
   * known by its state (file-states.ts) instead of being read again.
   */
  private outputRecordsLoaded: FileStates<string> | undefined;

  /** @param root project root; pass undefined for a memory-only cache */
  constructor(root: string | undefined) {
    this.dir = root === undefined ? undefined : join(root, CACHE_DIR);
    this.modules = new ModuleCache(
      this.dir === undefined ? undefined : { dir: join(this.dir, "modules"), writes: this.writes },
    );
  }

  /** Waits until every entry stored so far is on disk (each file whole: write-behind.ts). */
  flush(): Promise<void> {
    return this.writes.flush();
  }

  static keyOf(...parts: string[]): string {
    return sha256([compilerFingerprint(), ...parts].join("\0"));
  }

  trigger(id: string, key: string, hashes: FileHashes): CachedTrigger | undefined {
    const hit = this.triggers.get(id) ?? this.loadTrigger(id);
    if (!hit || hit.key !== key) return undefined;
    for (const [path, hash] of Object.entries(hit.inputs)) if (hashes.get(path) !== hash) return undefined;
    this.triggers.set(id, hit);
    this.modules.markUsed(hit.modules ?? []);
    return hit;
  }

  storeTrigger(id: string, entry: CachedTrigger): void {
    this.triggers.set(id, entry);
    if (!this.dir) return;
    const { code, map, ...head } = entry;
    this.write(triggerEntry(id), encodeEntry(head, { code, map }));
  }

  /** The entry on disk, its script and map read when first asked for (and forgotten if damaged). */
  private loadTrigger(id: string): CachedTrigger | undefined {
    if (!this.dir) return undefined;
    const path = join(this.dir, triggerEntry(id));
    const head = readEntryHead(path);
    if (!head) return undefined;
    let outputs: { code: string; map: string } | undefined;
    const read = () => {
      try {
        return (outputs ??= readEntryOutputs(path, head));
      } catch (err) {
        if (this.triggers.get(id) === entry) this.triggers.delete(id);
        throw err;
      }
    };
    const entry: CachedTrigger = {
      ...head,
      get code() {
        return read().code;
      },
      get map() {
        return read().map;
      },
    };
    return entry;
  }

  metadata(text: string, file: string, id: string, read: () => MetadataResult): MetadataResult {
    const key = BuildCache.keyOf(file, id, text);
    this.metadataUsed.add(key);
    let hit = this.metadataEntries.get(key);
    if (!hit) {
      hit = read();
      this.metadataEntries.set(key, hit);
      this.metadataDirty = true;
    }
    return hit;
  }

  /** Called at the start of a build: loads saved entries once and starts tracking which are used. */
  loadMetadata(): void {
    this.metadataUsed = new Set();
    if (this.metadataEntries.size) return;
    const saved = this.load<Record<string, MetadataResult>>("metadata.json");
    if (saved) this.metadataEntries = new Map(Object.entries(saved));
  }

  /** Persists the entries used by the last build (older ones are dropped). */
  saveMetadata(): void {
    if (!this.metadataDirty && this.metadataUsed.size === this.metadataEntries.size) return;
    for (const key of this.metadataEntries.keys())
      if (!this.metadataUsed.has(key)) this.metadataEntries.delete(key);
    this.metadataDirty = false;
    this.save("metadata.json", Object.fromEntries(this.metadataEntries));
  }

  /**
   * Ends a full build: prunes the module cache, removes what killed builds left half-written and
   * the entries of triggers other than `ids` (a build of named triggers does not see the others'
   * modules, so only full builds call it).
   */
  tidy(ids: readonly string[]): void {
    this.modules.prune();
    if (!this.dir) return;
    // Entries of triggers the project no longer has, and those of older versions (one JSON
    // document each, `trigger-<id>.json`), which no build reads.
    const kept = new Set(ids.map(triggerEntry));
    for (const name of removeLeftoverTemps(this.dir) ?? []) {
      if (/^trigger-.*\.jsonl?$/.test(name) && !kept.has(name)) rmSync(join(this.dir, name), { force: true });
    }
    const present = new Set(ids);
    for (const id of this.triggers.keys()) if (!present.has(id)) this.triggers.delete(id);
  }

  outputRecords(): FileStates<string> {
    return (this.outputRecordsLoaded ??= FileStates.from(this.load<SavedStates<string>>(OUTPUTS)));
  }

  /** Saves the output records when a build changed them. */
  saveOutputRecords(): void {
    const records = this.outputRecordsLoaded;
    if (records?.changed) this.save(OUTPUTS, records.save());
  }

  /** The last type-check's result; its key and files say what it is still good for. */
  typecheck(): CachedTypecheck | undefined {
    const hit = this.typecheckEntry ?? this.load<CachedTypecheck>("typecheck.json");
    if (!hit?.files || !hit.importers || !hit.ambient || !hit.external) return undefined;
    this.typecheckEntry = hit;
    return hit;
  }

  storeTypecheck(entry: CachedTypecheck): void {
    this.typecheckEntry = entry;
    this.save("typecheck.json", entry);
  }

  private load<T>(name: string): T | undefined {
    if (!this.dir) return undefined;
    try {
      return JSON.parse(readFileSync(join(this.dir, name), "utf8")) as T;
    } catch {
      return undefined;
    }
  }

  private save(name: string, value: unknown): void {
    this.write(name, JSON.stringify(value));
  }

  private write(name: string, text: string): void {
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    this.writes.write(join(this.dir, name), text);
  }
}

/** A trigger's entry in the cache folder. */
function triggerEntry(id: string): string {
  return `trigger-${id}.jsonl`;
}

let fingerprint: string | undefined;

/**
 * Identifies the compiler that produced a cached output: the toolkit version, the compiler's own
 * source files and the versions of the tools it drives. A change to any of them misses the cache.
 */
export function compilerFingerprint(): string {
  if (fingerprint === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    const own = listFiles([here], /\.(ts|js|json)$/).map(
      (f) => `${relative(here, f)}:${sha256(readFileSync(f))}`,
    );
    const tools = ["esbuild", "@babel/core", "@babel/preset-env", "typescript", "acorn"].map((name) => {
      try {
        return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
      } catch {
        return `${name}@?`;
      }
    });
    fingerprint = sha256([TOOLKIT_VERSION, ...tools, ...own].join("\n"));
  }
  return fingerprint;
}

/** Every file under the given folders with one of the extensions, sorted (the type-check's inputs). */
export function listFiles(dirs: string[], extensions: RegExp): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && !e.name.startsWith(".")) visit(p);
      } else if (extensions.test(e.name)) out.push(p);
    }
  };
  dirs.forEach(visit);
  return out.sort();
}
