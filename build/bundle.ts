/**
 * Stage 3: esbuild bundles each trigger with its local modules and npm packages into one ES5
 * IIFE. Each module is loaded already lowered to ES5 (modules/, cached by content, so a shared
 * module is lowered once per project), and each Babel helper is one module, so one copy per
 * script. One esbuild call for a batch of entries shares the work (pipeline.ts). The
 * `export const trigger = …` statement is blanked out first (same length, newlines kept, so every
 * position in the source map stays true).
 */
import * as esbuild from "esbuild";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { diagnostic, type Diagnostic } from "./diagnostics.ts";
import type { Project } from "./project/config.ts";
import { relPath } from "./discover.ts";
import { LOWERING_PREFIX, lowerModulesPlugin } from "./modules/esbuild-plugin.ts";
import { PositionMapper } from "./sourcemap.ts";
import type { ModuleCache } from "./modules/module-cache.ts";
import type { Schedule } from "./modules/lowering-queue.ts";

export interface BundleInput {
  id: string;
  /** Absolute path of the entry. */
  path: string;
}

export interface BundleOutput {
  id: string;
  code: string;
  /** Source map (JSON) from the bundle back to the TypeScript sources. */
  map: string;
  /** Absolute paths of every file the bundle read. */
  inputs: string[];
  /** Constructs the engine cannot run, found in the trigger's modules. */
  diagnostics: Diagnostic[];
  /** Module-cache keys of the lowered modules the bundle combined. */
  modules: string[];
}

export interface BundleResult {
  outputs: BundleOutput[];
  diagnostics: Diagnostic[];
}

export function blankRange(source: string, [start, end]: [number, number]): string {
  return source.slice(0, start) + source.slice(start, end).replace(/[^\n]/g, " ") + source.slice(end);
}

/** Constructs the gate reports (EH505–EH510): esbuild passes them through, the gate fails the trigger. */
const GATED: Record<string, boolean> = Object.fromEntries(
  [
    "async-await",
    "async-generator",
    "for-await",
    "generator",
    "bigint",
    "dynamic-import",
    "import-meta",
    "regexp-sticky-and-unicode-flags",
    "regexp-match-indices",
  ].map((f) => [f, true]),
);

/**
 * @param read a module's source text as it is bundled: a trigger file's, whether an entry or
 *   imported by another trigger, with its metadata statement blanked (blankRange; pipeline.ts)
 * @param schedule when this call's module loads run, among other calls' (lowering-queue.ts)
 */
export async function bundle(
  project: Project,
  inputs: BundleInput[],
  modules: ModuleCache,
  read: (path: string) => string,
  schedule?: Schedule,
): Promise<BundleResult> {
  if (inputs.length === 0) return { outputs: [], diagnostics: [] };
  const outdir = project.outDir;
  const constructs = new Map<string, Diagnostic[]>();
  const loaded = new Map<string, Buffer>();
  const keys = new Map<string, string>();
  const lowerModules = lowerModulesPlugin({
    root: project.root,
    allowed: [...project.level.allowed],
    ponyfilled: [...project.level.ponyfilled],
    cache: modules,
    read,
    diagnostics: constructs,
    loaded,
    keys,
    ...(schedule ? { schedule } : {}),
  });
  let result: esbuild.BuildResult<{ write: false; metafile: true }>;
  try {
    result = await esbuild.build({
      absWorkingDir: project.root,
      entryPoints: inputs.map((i) => ({ in: i.path, out: i.id })),
      bundle: true,
      format: "iife",
      platform: "neutral",
      // Every module arrives lowered to ES5; esbuild's own wrapper and interop code follows.
      target: "es5",
      supported: GATED,
      mainFields: ["module", "main"],
      conditions: ["ehtrig", "es5"],
      charset: "utf8",
      legalComments: "none",
      treeShaking: true,
      write: false,
      metafile: true,
      outdir,
      sourcemap: "external",
      sourcesContent: true,
      logLevel: "silent",
      // The engine's globals are ambient: leave them as free identifiers.
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      plugins: [lowerModules],
    });
  } catch (err) {
    const failure = err as esbuild.BuildFailure;
    if (!failure.errors) throw err;
    // One broken trigger fails the shared call; bundle each alone so the others still get
    // compiled and verified, and every error lands on the trigger it belongs to.
    if (inputs.length > 1) return bundleSeparately(project, inputs, modules, read, schedule);
    return {
      outputs: [],
      diagnostics: failure.errors.map((m) => fromMessage(project, m, inputs[0]!.id, loaded)),
    };
  }

  const outputs: BundleOutput[] = [];
  const files = new Map(result.outputFiles.map((f) => [f.path, f.text]));
  for (const input of inputs) {
    const jsPath = resolve(outdir, `${input.id}.js`);
    const code = files.get(jsPath);
    const map = files.get(`${jsPath}.map`);
    if (code === undefined || map === undefined)
      throw new Error(`esbuild produced no output for ${input.id}`);
    const meta = result.metafile.outputs[relPath(project, jsPath)];
    const read = Object.keys(meta?.inputs ?? {})
      .filter((p) => !p.startsWith("ehtrig-helper:"))
      .map((p) => resolve(project.root, p));
    outputs.push({
      id: input.id,
      code: code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, "\n"),
      map,
      inputs: withManifests(
        [
          ...read,
          ...imported(result.metafile, relPath(project, input.path)).map((p) => resolve(project.root, p)),
        ],
        project.root,
      ),
      diagnostics: read.flatMap((p) => constructs.get(p) ?? []).map((d) => ({ ...d, trigger: input.id })),
      modules: read.flatMap((p) => keys.get(p) ?? []),
    });
  }
  return { outputs, diagnostics: [] };
}

async function bundleSeparately(
  project: Project,
  inputs: BundleInput[],
  modules: ModuleCache,
  read: (path: string) => string,
  schedule?: Schedule,
): Promise<BundleResult> {
  const results = await Promise.all(inputs.map((input) => bundle(project, [input], modules, read, schedule)));
  return {
    outputs: results.flatMap((r) => r.outputs),
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

/**
 * esbuild locates errors in the code it loaded, which for a lowered module is Babel's output:
 * map the position back through that module's inline source map.
 */
function fromMessage(
  project: Project,
  m: esbuild.Message,
  trigger: string | undefined,
  loaded: ReadonlyMap<string, Buffer>,
): Diagnostic {
  const abs = m.location && resolve(project.root, m.location.file);
  const bytes = abs && loaded.get(abs);
  const code = bytes && bytes.toString("utf8");
  const inline = code && /\/\/# sourceMappingURL=data:application\/json;base64,(\S+)\s*$/.exec(code);
  const original =
    inline && m.location
      ? new PositionMapper(Buffer.from(inline[1]!, "base64").toString("utf8"), "/", project.root).original(
          m.location.line,
          m.location.column,
        )
      : undefined;
  const loc = original
    ? { ...m.location!, file: original.file, line: original.line, column: original.column - 1 }
    : m.location;
  const lowering = m.text.startsWith(LOWERING_PREFIX);
  // A note that says which plugin raised an error (ehtrig's own, loading a module) is
  // ehtrig's business, not the user's.
  const notes = m.notes.filter((n) => !/^The plugin "ehtrig-/.test(n.text));
  return diagnostic(
    lowering ? "EH401" : /^Top-level return/.test(m.text) ? "EH402" : "EH400",
    lowering
      ? m.text.slice(LOWERING_PREFIX.length)
      : m.text + (notes.length ? ` (${notes.map((n) => n.text).join("; ")})` : ""),
    {
      location: loc
        ? { file: relPath(project, resolve(project.root, loc.file)), line: loc.line, column: loc.column + 1 }
        : undefined,
      ...(trigger ? { trigger } : {}),
    },
  );
}

/**
 * Every module the bundler read for an entry (metafile paths), whether or not any of its code
 * is in the output: an edit of a module whose code was all shaken off (a re-export nothing used
 * yet) can change what the entry gets, so the trigger's cache entry depends on it too.
 */
function imported(metafile: esbuild.Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path) || !(path in metafile.inputs)) continue;
    seen.add(path);
    for (const i of metafile.inputs[path]!.imports) if (!i.external) queue.push(i.path);
  }
  return [...seen].filter((p) => !p.startsWith("ehtrig-helper:"));
}

/**
 * The files read, with every package.json the bundler may have consulted for them: in each
 * file's folder and every folder above it up to the project's root, whether it exists or not
 * (an npm package's main, module and exports fields choose its files; a project's sideEffects
 * and type fields change what is kept and how it is read). For a file outside the project (a
 * hoisted or linked package), up to the first folder that has one.
 */
function withManifests(files: readonly string[], root: string): string[] {
  const out = new Set(files);
  const seen = new Set<string>();
  for (const f of files) {
    const inside = !relative(root, f).startsWith("..");
    for (let dir = dirname(f); !seen.has(dir); dir = dirname(dir)) {
      seen.add(dir);
      const manifest = join(dir, "package.json");
      out.add(manifest);
      if (dir === root || dirname(dir) === dir || (!inside && existsSync(manifest))) break;
    }
  }
  return [...out].sort();
}
