/**
 * Lowered modules by content: a module shared by every trigger (a lib file, an npm package) is
 * lowered once per project and reused across triggers and builds; editing it lowers it alone.
 * In memory for the life of the cache (watch mode) and on disk under .ehtrig-cache/modules/, one
 * file per module: a header line with its diagnostics, then the code exactly as esbuild is given
 * it, so a build that reuses it reads bytes and hands them on (no JSON parse, no re-encoding).
 *
 * Every edit leaves a new entry behind, so entries that none of the last KEEP_BUILDS full builds
 * used are deleted (prune). A build uses the modules it lowered or loaded and those of the
 * triggers it took from the cache (their entries list them), so a build with nothing changed
 * keeps everything its triggers are made of. usage.json records the last build that used each key.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { removeLeftoverTemps } from "../write-atomic.ts";
import type { WriteBehind } from "../write-behind.ts";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics.ts";

/** A lowered module as the bundler loads it. */
export interface CachedModule {
  /** UTF-8 ES5 code with import/export, ending in an inline source map back to the original. */
  contents: Buffer;
  /** Constructs the engine cannot run, located in the original file. */
  diagnostics: Diagnostic[];
  /** False when the module was already ES5 and Babel was skipped. */
  lowered: boolean;
}

/** An entry's file: `<key>.js`, its first line the header. */
const ENTRY = ".js";
const HEADER = "//ehtrig-module ";

/** An entry unused by this many consecutive full builds is deleted (an edit undone later re-lowers). */
export const KEEP_BUILDS = 5;

const USAGE = "usage.json";

interface Usage {
  /** Full builds so far. */
  build: number;
  /** Key → the last build that used it. */
  last: Record<string, number>;
}

export class ModuleCache {
  private readonly memory = new Map<string, CachedModule>();
  /** Lowerings under way: bundler calls that run together wait for the same one. */
  private readonly lowering = new Map<string, Promise<CachedModule>>();
  /** Keys this build looked up or took over from cached triggers. */
  private used = new Set<string>();
  private usage: Usage | undefined;
  /** Keys looked up by the last build (hits and misses), for the bench and tests. */
  readonly stats = { hits: 0, misses: 0 };
  /**
   * The entries' file names, listed once per full build (prune starts the next listing): a key
   * that is not among them is a miss without a file opened. A clean build opened one missing file
   * per module: about 20 ms of a 50-trigger clean build in a profile, while the writes of lowered
   * modules went on in the same folder. An entry another process writes meanwhile is only lowered
   * again by this build.
   */
  private listing: Set<string> | undefined;

  /**
   * @param store the folder of a cache on disk, and the writes its entries go to (off this thread:
   *   write-behind.ts), which whoever owns them flushes; none for a cache in memory only
   */
  constructor(private readonly store?: { dir: string; writes: WriteBehind }) {}

  private get dir(): string | undefined {
    return this.store?.dir;
  }

  async get(key: string, lower: () => Promise<CachedModule>): Promise<CachedModule> {
    this.used.add(key);
    const under = this.lowering.get(key);
    if (under) {
      this.stats.hits++;
      return under;
    }
    const hit = this.memory.get(key) ?? this.load(key);
    if (hit) {
      this.stats.hits++;
      this.memory.set(key, hit);
      return hit;
    }
    this.stats.misses++;
    const done = lower().then((value) => {
      this.memory.set(key, value);
      this.save(key, value);
      return value;
    });
    this.lowering.set(key, done);
    try {
      return await done;
    } finally {
      this.lowering.delete(key);
    }
  }

  /** The modules of a trigger taken from the cache: still in use, though not looked up. */
  markUsed(keys: readonly string[]): void {
    for (const key of keys) this.used.add(key);
  }

  /**
   * Ends a full build: records which entries it used and deletes those no build of the last
   * KEEP_BUILDS used. An entry a concurrent build has just written and that is deleted here is
   * only lowered again by the next build that needs it.
   */
  prune(keep = KEEP_BUILDS): void {
    const usage = (this.usage ??= this.readUsage());
    usage.build++;
    this.listing = undefined;
    for (const key of this.used) usage.last[key] = usage.build;
    this.used = new Set();
    const stale = (key: string): boolean => (usage.last[key] ?? 0) <= usage.build - keep;
    for (const key of this.memory.keys()) if (stale(key)) this.memory.delete(key);
    for (const key of Object.keys(usage.last)) if (stale(key)) delete usage.last[key];
    const dir = this.dir;
    const names = dir === undefined ? undefined : removeLeftoverTemps(dir);
    if (dir === undefined || names === undefined) return;
    // Every file is looked at, so entries of an older cache (JSON ones too) or of a lost
    // usage.json go too.
    for (const name of names) {
      const key = entryKey(name);
      if (key !== undefined && stale(key)) rmSync(join(dir, name), { force: true });
    }
    this.write(USAGE, usage);
  }

  private readUsage(): Usage {
    if (this.dir) {
      try {
        const u = JSON.parse(readFileSync(join(this.dir, USAGE), "utf8")) as Usage;
        if (typeof u.build === "number" && u.last && typeof u.last === "object") return u;
      } catch {
        // none yet, or unreadable: counting starts again
      }
    }
    return { build: 0, last: {} };
  }

  private load(key: string): CachedModule | undefined {
    if (!this.dir) return undefined;
    const name = `${key}${ENTRY}`;
    if (!(this.listing ??= listed(this.dir)).has(name)) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.dir, name));
    } catch {
      return undefined;
    }
    const end = bytes.indexOf(10);
    const header = bytes.subarray(0, end < 0 ? 0 : end).toString("utf8");
    if (!header.startsWith(HEADER)) return undefined;
    try {
      const meta = JSON.parse(header.slice(HEADER.length)) as Omit<CachedModule, "contents">;
      if (!Array.isArray(meta.diagnostics) || typeof meta.lowered !== "boolean") return undefined;
      return { contents: bytes.subarray(end + 1), diagnostics: meta.diagnostics, lowered: meta.lowered };
    } catch {
      return undefined;
    }
  }

  private save(key: string, value: CachedModule): void {
    const store = this.store;
    if (!store) return;
    const header = `${HEADER}${JSON.stringify({ diagnostics: value.diagnostics, lowered: value.lowered })}\n`;
    const name = `${key}${ENTRY}`;
    mkdirSync(store.dir, { recursive: true });
    store.writes.write(join(store.dir, name), Buffer.concat([Buffer.from(header), value.contents]));
    this.listing?.add(name);
  }

  private write(name: string, value: unknown): void {
    const store = this.store;
    if (!store) return;
    mkdirSync(store.dir, { recursive: true });
    store.writes.write(join(store.dir, name), JSON.stringify(value));
  }
}

/** The names of the files in dir; none when it cannot be read (not made yet). */
function listed(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

/** The key of an entry's file name (of this format or the JSON one before it); undefined for others. */
function entryKey(name: string): string | undefined {
  if (name.endsWith(ENTRY)) return name.slice(0, -ENTRY.length);
  if (name.endsWith(".json") && name !== USAGE) return name.slice(0, -".json".length);
  return undefined;
}
