/**
 * The compiler, as a list of stages:
 *   discover → read metadata → type-check (once per project, concurrently) → bundle (esbuild,
 *   loading each module lowered by Babel once per content, its constructs checked, its helpers
 *   imported) → banner → verify → emit.
 * Nothing is written unless every selected trigger passed every stage.
 */
import { stageTimer } from "./timing.ts";
import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { blankRange, bundle, type BundleResult } from "./bundle.ts";
import { LoweringQueue } from "./modules/lowering-queue.ts";
import { BuildCache, FileHashes, type CachedTrigger } from "./cache.ts";
import { outputSize, type OutputHashes, type OutputSize } from "./trigger-entry.ts";
import { sha256 } from "./hash.ts";
import type { CompileStage } from "./compile.ts";
import { compileTrigger } from "./compile.ts";
import { diagnostic, EhtrigError, hasErrors, type Diagnostic } from "./diagnostics.ts";
import { discover, relPath, type TriggerSource } from "./discover.ts";
import { emit } from "./emit.ts";
import { readMetadata, type TriggerMetadata } from "./metadata/read.ts";
import type { Project } from "./project/config.ts";
import { typecheckCached } from "./typecheck/cached.ts";
import { TSCONFIG } from "./typecheck/project.ts";
import type { TypecheckSession } from "./typecheck/session.ts";

export interface BuildOptions {
  /** Trigger ids or names to build; all when empty. */
  only?: readonly string[];
  /** false: check only, write nothing (ehtrig check). Default true. */
  write?: boolean;
  /** Reuse across builds (watch mode); defaults to a disk-backed cache of the project. */
  cache?: BuildCache;
  /**
   * Write every trigger that passed even when others failed (test builds: one broken trigger
   * fails only its own tests). The output folder then holds exactly the triggers that passed.
   */
  partial?: boolean;
  /** Where to write; default the project's outDir. */
  outDir?: string;
  /**
   * false: skip the type-check (ehtrig build --no-typecheck): compile and verify only. The gate
   * still runs on every script; type errors are left to the editor or a later check. Default true.
   */
  typecheck?: boolean;
  /**
   * A type-checker kept up between builds (watch mode: typecheck/session.ts); without one, each
   * type-check runs a tsc process.
   */
  session?: TypecheckSession;
}

export interface BuiltTrigger {
  id: string;
  /** Source path relative to the project root. */
  source: string;
  metadata: TriggerMetadata;
  code: string;
  map: string;
  /** Absolute paths of every file bundled into the trigger. */
  inputs: string[];
  /** Module-cache keys of its lowered modules. */
  modules: string[];
  /** sha256 of code and map, once known (emit.ts). */
  hashes?: OutputHashes;
  /** The script's bytes and lines (a trigger from the cache is not read to report them). */
  size: OutputSize;
  /** Warnings of the verifier (the build still succeeds), kept with cached outputs too. */
  warnings: Diagnostic[];
  /** True when the output came from the cache. */
  cached: boolean;
}

/** Stages with timings; compile covers the per-trigger stages after bundling (banner, verify). */
export type Stage = "discover" | "metadata" | "typecheck" | "bundle" | "compile" | CompileStage | "emit";

export interface BuildResult {
  ok: boolean;
  triggers: BuiltTrigger[];
  diagnostics: Diagnostic[];
  /**
   * Milliseconds per stage. The per-trigger stages are summed over triggers; compile is their
   * wall time; typecheck overlaps everything after it.
   */
  timings: Partial<Record<Stage, number>>;
  /** Ids of the selected triggers that did not pass (their problems are in diagnostics). */
  failed: string[];
}

interface Selected {
  source: TriggerSource;
  text: string;
  metadata: TriggerMetadata;
  range: [number, number];
  key: string;
}

export async function buildProject(project: Project, options: BuildOptions = {}): Promise<BuildResult> {
  const cache = options.cache ?? new BuildCache(project.root);
  // The cache is written while the build goes on (write-behind.ts); a build is done when it is.
  const once = async (): Promise<BuildResult> => {
    let result: BuildResult;
    try {
      // A cache the caller keeps (watch mode) also remembers which files did not change since.
      result = await build(project, options, cache, options.cache !== undefined);
    } catch (err) {
      await cache.flush().catch(() => undefined);
      throw err;
    }
    await cache.flush();
    return result;
  };
  try {
    return await once();
  } catch (err) {
    // A cached trigger whose entry could not give its script and map (EH604) stopped the build
    // before it wrote anything, and its entry is gone: built again, that trigger is compiled.
    if (!(err instanceof EhtrigError && err.diagnostics.some((d) => d.code === "EH604"))) throw err;
    return once();
  }
}

async function build(
  project: Project,
  options: BuildOptions,
  cache: BuildCache,
  kept: boolean,
): Promise<BuildResult> {
  const timings: BuildResult["timings"] = {};
  const time = stageTimer(timings);
  const hashes = new FileHashes(kept ? cache.sources : undefined);
  // Every source file is read once per build: by whichever stage first needs it (hashing it
  // for the type-check and the caches, reading its metadata, bundling it).
  const read = (path: string): string => hashes.text(path) ?? readFileSync(path, "utf8");
  const diagnostics: Diagnostic[] = [];

  const sources = await time("discover", () => discover(project));
  // The type-check needs nothing the later stages make: it runs alongside them from here (tsc
  // leaves this thread a core: typecheck/tsc.ts).
  const typechecked =
    options.typecheck === false
      ? Promise.resolve([])
      : time("typecheck", () => typecheckCached(project, cache, hashes, options.session));
  cache.loadMetadata();
  const all: Selected[] = [];
  await time("metadata", () => {
    for (const source of sources) {
      const text = read(source.path);
      const res = cache.metadata(text, source.file, source.id, () =>
        readMetadata(text, source.file, source.id),
      );
      diagnostics.push(...res.diagnostics);
      if (res.metadata && res.range) {
        all.push({
          source,
          text,
          metadata: res.metadata,
          range: res.range,
          key: BuildCache.keyOf(source.path, JSON.stringify(res.metadata), settingsKey(project)),
        });
      }
    }
    diagnostics.push(...duplicateNames(all));
  });
  const selected = select(all, sources, options.only ?? [], diagnostics);
  if (options.only?.length) keepWanted(diagnostics, selected, options.only);

  const built: BuiltTrigger[] = [];
  const fresh: Selected[] = [];
  for (const s of selected) {
    const hit = cache.trigger(s.source.id, s.key, hashes);
    if (hit) {
      built.push(fromCache(s, hit));
      diagnostics.push(...hit.warnings);
    } else fresh.push(s);
  }

  if (fresh.length) {
    const t0 = performance.now();
    // (first, so that the stages keep their order in the timings: bundle, compile, verify)
    timings.bundle = timings.compile = 0;
    // Every trigger file is bundled with its metadata statement blanked: as an entry, and when
    // another trigger imports it, whichever call bundles the importer.
    const triggerAt = new Map(all.map((s) => [s.source.path, s]));
    const moduleText = (path: string): string => {
      const s = triggerAt.get(path);
      return s ? blankRange(s.text, s.range) : read(path);
    };
    // All batches start at once; the queue lowers their modules batch by batch, so that esbuild
    // links a batch on its own threads while this thread lowers the next batch's modules. Each
    // batch is verified as soon as it is bundled.
    const queue = new LoweringQueue();
    const bundles = batches(fresh).map((batch, i) =>
      bundle(
        project,
        batch.map((s) => ({ id: s.source.id, path: s.source.path })),
        cache.modules,
        moduleText,
        (load) => queue.run(i, load),
      ).then(
        (bundled) => ({ batch, bundled }),
        // Kept until its turn: a later batch's failure must not go unhandled meanwhile.
        (error: unknown) => ({ batch, error }),
      ),
    );
    let compileMs = 0;
    for (const next of bundles) {
      const settled = await next;
      if ("error" in settled) {
        // Nothing of this build may still run when it fails (watch mode builds again at once).
        await Promise.all(bundles);
        throw settled.error;
      }
      const { batch, bundled } = settled;
      const t1 = performance.now();
      built.push(...(await compileBatch(project, batch, bundled, timings, diagnostics)));
      compileMs += performance.now() - t1;
    }
    // The loop's wall time, split into verifying (compile) and the rest (bundling).
    timings.bundle = performance.now() - t0 - compileMs;
    timings.compile = compileMs;
  }

  const tsDiagnostics = await typechecked;
  diagnostics.push(
    ...attribute(
      project,
      tsDiagnostics,
      (options.only ?? []).length > 0,
      selected,
      built,
      sources,
      new Set(
        diagnostics
          .filter((d) => (d.code === "EH400" || d.code === "EH402") && d.location)
          .map((d) => `${d.location!.file}:${d.location!.line}`),
      ),
      new Set(
        diagnostics
          .filter((d) => d.code === "EH513" && d.location)
          .map((d) => `${d.location!.file}:${d.location!.line}`),
      ),
    ),
  );

  built.sort((a, b) => (a.id < b.id ? -1 : 1));
  const failing = failingTriggers(project, diagnostics, selected, built);
  const passed = built.filter((t) => !failing.has(t.id));
  const ok = !hasErrors(diagnostics) && failing.size === 0;
  if (ok || options.partial) {
    for (const t of passed) {
      if (!t.cached) {
        const inputs = Object.fromEntries(t.inputs.map((p) => [p, hashes.get(p)]));
        t.hashes = { code: sha256(t.code), map: sha256(t.map) };
        cache.storeTrigger(t.id, {
          key: selected.find((s) => s.source.id === t.id)!.key,
          inputs,
          code: t.code,
          map: t.map,
          hashes: t.hashes,
          size: t.size,
          warnings: t.warnings,
          modules: t.modules,
        });
      }
    }
    cache.saveMetadata();
    if (options.write !== false) {
      const outDir = resolve(options.outDir ?? project.outDir);
      const keep = new Set(options.partial ? passed.map((t) => t.id) : sources.map((s) => s.id));
      const out =
        outDir === project.outDir ? passed : passed.map((t) => rebaseMap(t, project.outDir, outDir));
      // Watch mode remembers the outputs in memory; other builds keep records in the cache folder.
      const records = kept || !cache.dir ? undefined : cache.outputRecords();
      await time("emit", () => emit(outDir, out, keep, kept ? cache.outputs : undefined, records));
      cache.saveOutputRecords();
    }
  }
  // A build of named triggers does not see the modules of the others: only full builds prune.
  if (!options.only?.length) cache.tidy(sources.map((s) => s.id));
  return {
    ok,
    triggers: built,
    diagnostics: sortDiagnostics(placeUnlocated(withoutDuplicates(diagnostics))),
    timings,
    failed: selected.map((s) => s.source.id).filter((id) => failing.has(id)),
  };
}

/**
 * The triggers to bundle, split into bundler calls of equal size: as many calls as there are
 * whole eights of triggers, at most four, so fewer than 16 triggers share one call (each call
 * loads again the modules its triggers share with the others', about 1 ms a module).
 */
function batches(fresh: readonly Selected[]): Selected[][] {
  const calls = Math.max(1, Math.min(4, Math.floor(fresh.length / 8)));
  const out: Selected[][] = [];
  for (let i = 0; i < calls; i++) {
    out.push(
      fresh.slice(Math.floor((i * fresh.length) / calls), Math.floor(((i + 1) * fresh.length) / calls)),
    );
  }
  return out;
}

/** The last stages of one batch's bundled triggers (banner, verify), one after another. */
async function compileBatch(
  project: Project,
  batch: readonly Selected[],
  bundled: BundleResult,
  timings: BuildResult["timings"],
  diagnostics: Diagnostic[],
): Promise<BuiltTrigger[]> {
  diagnostics.push(...bundled.diagnostics);
  const bySource = new Map(batch.map((s) => [s.source.id, s]));
  const allowed = [...project.level.allowed];
  const targets = Object.fromEntries(
    Object.entries(project.config.targets ?? {}).map(([k, v]) => [k, v.type]),
  );
  const built: BuiltTrigger[] = [];
  // In this thread: worker threads cost more to start and feed than these jobs take (measured
  // with the packaged worker on two cores: 0.7 s to start two, then 17 ms a trigger against
  // 6 ms a trigger here; see the report of issue 11).
  for (const out of bundled.outputs) {
    diagnostics.push(...out.diagnostics);
    if (out.diagnostics.length) continue;
    const s = bySource.get(out.id)!;
    const r = await compileTrigger({
      id: out.id,
      root: project.root,
      outDir: project.outDir,
      entryPath: s.source.path,
      entryFile: s.source.file,
      entryText: s.text,
      metadata: s.metadata,
      allowed,
      targets,
      bundleCode: out.code,
      bundleMap: out.map,
    });
    for (const [stage, ms] of Object.entries(r.timings))
      timings[stage as Stage] = (timings[stage as Stage] ?? 0) + ms;
    diagnostics.push(...r.diagnostics);
    if (r.code === undefined || r.map === undefined) continue;
    built.push({
      id: r.id,
      source: s.source.file,
      metadata: s.metadata,
      code: r.code,
      map: r.map,
      size: outputSize(r.code),
      inputs: out.inputs,
      modules: out.modules,
      warnings: r.diagnostics.filter((d) => d.severity === "warning"),
      cached: false,
    });
  }
  return built;
}

/**
 * A trigger taken from the cache. Its script and map are read from the cache's entry only when
 * something asks for them (trigger-entry.ts): an unchanged build needs their hashes and size.
 */
function fromCache(s: Selected, hit: CachedTrigger): BuiltTrigger {
  return {
    id: s.source.id,
    source: s.source.file,
    metadata: s.metadata,
    get code() {
      return hit.code;
    },
    get map() {
      return hit.map;
    },
    hashes: hit.hashes,
    size: hit.size,
    inputs: Object.keys(hit.inputs),
    modules: hit.modules,
    warnings: hit.warnings,
    cached: true,
  };
}

/** Maps name their sources relative to the output folder; another folder needs them rebased. */
function rebaseMap(t: BuiltTrigger, from: string, to: string): BuiltTrigger {
  const parsed = JSON.parse(t.map) as { sources: string[] };
  parsed.sources = parsed.sources.map((src) => relative(to, resolve(from, src)).split(sep).join("/"));
  // Without the hashes, which are those of the map before: emit reads such outputs to compare.
  const { hashes: _before, ...rest } = t;
  return { ...rest, map: JSON.stringify(parsed) };
}

/**
 * The selected triggers that an error stops: the one it names, else every trigger that bundles
 * the file it is in, else (no file, or a file no trigger bundles, such as a broken declaration
 * in types/) all of them. Triggers that produced no script fail too.
 */
function failingTriggers(
  project: Project,
  diagnostics: readonly Diagnostic[],
  selected: readonly Selected[],
  built: readonly BuiltTrigger[],
): Set<string> {
  const all = selected.map((s) => s.source.id);
  const builtIds = new Set(built.map((t) => t.id));
  const failing = new Set(all.filter((id) => !builtIds.has(id)));
  for (const d of diagnostics) {
    if (d.severity !== "error") continue;
    if (d.trigger) {
      failing.add(d.trigger);
      continue;
    }
    const file = d.location?.file;
    const owners = file
      ? selected
          .filter(
            (s) =>
              s.source.file === file ||
              built.some((t) => t.id === s.source.id && t.inputs.some((p) => relPath(project, p) === file)),
          )
          .map((s) => s.source.id)
      : [];
    for (const id of owners.length ? owners : all) failing.add(id);
  }
  return failing;
}

/**
 * Type errors belong to the triggers whose bundles contain the file. In a partial build, errors
 * that only concern triggers not being built are left for their own build.
 */
function attribute(
  project: Project,
  ts: Diagnostic[],
  partial: boolean,
  selected: Selected[],
  built: BuiltTrigger[],
  sources: TriggerSource[],
  /** file:line of syntax errors reported by earlier stages. */
  reported: ReadonlySet<string>,
  /** file:line of calls to undeclared ODS targets the gate reported (EH513). */
  targetCalls: ReadonlySet<string>,
): Diagnostic[] {
  const owners = new Map<string, string[]>();
  for (const t of built) {
    for (const input of t.inputs) {
      const rel = relPath(project, input);
      owners.set(rel, [...(owners.get(rel) ?? []), t.id]);
    }
  }
  const entryOf = new Map(sources.map((s) => [s.file, s.id]));
  const selectedIds = new Set(selected.map((s) => s.source.id));
  const out: Diagnostic[] = [];
  for (const d of ts) {
    // A syntax error is already reported by the parser or esbuild at the same place.
    const at = d.location && `${d.location.file}:${d.location.line}`;
    if (at && reported.has(at)) continue;
    // Remote.HTTP("undeclared") is also a type error (Remote.DeclaredTargets); EH513 says more.
    if (at && targetCalls.has(at) && d.message.startsWith("TS2345")) continue;
    const file = d.location?.file ?? "";
    const ids = owners.get(file) ?? (entryOf.has(file) ? [entryOf.get(file)!] : []);
    if (partial && ids.length && !ids.some((id) => selectedIds.has(id))) continue;
    if (partial && !ids.length && entryOf.has(file)) continue;
    out.push(ids.length === 1 ? { ...d, trigger: ids[0] } : d);
  }
  return out;
}

/** The project settings a compiled trigger depends on: the language level and the declared targets. */
function settingsKey(project: Project): string {
  return JSON.stringify([
    [...project.level.allowed],
    [...project.level.ponyfilled],
    project.config.targets ?? {},
  ]);
}

/**
 * In a build of named triggers, problems of other triggers' files (a syntax error in one of them,
 * say) are left for their own build: only the named triggers' problems are reported.
 */
function keepWanted(diagnostics: Diagnostic[], selected: Selected[], only: readonly string[]): void {
  const wanted = new Set([...selected.map((s) => s.source.id), ...only]);
  const kept = diagnostics.filter((d) => d.trigger === undefined || wanted.has(d.trigger));
  diagnostics.splice(0, diagnostics.length, ...kept);
}

/**
 * The type-check and the gate can report the same call (an Object.assign is a type error and a
 * gate error); one report per code, place and message is enough.
 */
function withoutDuplicates(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.code}\0${d.location?.file}\0${d.location?.line}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * tsc reports missing iterator types (TS2318 "Cannot find global type 'IterableIterator'") with
 * no position. The gate already reports the generator or async function that caused it; when it
 * did not, the place to fix is the project's tsconfig.
 */
function placeUnlocated(ds: Diagnostic[]): Diagnostic[] {
  const explained = ds.some((d) => d.code === "EH505" || d.code === "EH506");
  return ds.flatMap((d) => {
    if (d.location || !d.message.startsWith("TS2318")) return [d];
    return explained ? [] : [{ ...d, location: { file: TSCONFIG, line: 1, column: 1 } }];
  });
}

function duplicateNames(all: Selected[]): Diagnostic[] {
  const seen = new Map<string, Selected>();
  const out: Diagnostic[] = [];
  for (const s of all) {
    const first = seen.get(s.metadata.name);
    if (first) {
      out.push(
        diagnostic("EH103", `trigger name "${s.metadata.name}" is also used by ${first.source.file}`, {
          trigger: s.source.id,
          location: { file: s.source.file, line: lineAt(s.text, s.range[0]), column: 1 },
        }),
      );
    } else seen.set(s.metadata.name, s);
  }
  return out;
}

function select(
  all: Selected[],
  sources: TriggerSource[],
  only: readonly string[],
  diagnostics: Diagnostic[],
): Selected[] {
  if (!only.length) return all;
  const picked = new Set<Selected>();
  for (const want of only) {
    const hit = all.find((s) => s.source.id === want || s.metadata.name === want);
    if (hit) picked.add(hit);
    else if (!sources.some((s) => s.id === want)) {
      diagnostics.push(
        diagnostic(
          "EH104",
          `no trigger "${want}" (triggers: ${sources.map((s) => s.id).join(", ") || "none"})`,
        ),
      );
    }
  }
  return all.filter((s) => picked.has(s));
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): string =>
    `${d.location?.file ?? "~"}\0${String(d.location?.line ?? 0).padStart(8, "0")}\0${String(d.location?.column ?? 0).padStart(6, "0")}\0${d.code}`;
  return [...ds].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
