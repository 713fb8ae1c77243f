/**
 * Stage 3: esbuild bundles each trigger with its local modules and npm packages into one IIFE,
 * still at esnext (Babel lowers next). One esbuild call for all entries shares parsing work.
 * The `export const trigger = …` statement is blanked out first (same length, newlines kept,
 * so every position in the source map stays true).
 */
import * as esbuild from "esbuild";
import { dirname, resolve } from "node:path";
import { diagnostic, type Diagnostic } from "./diagnostics.ts";
import type { Project } from "./project/config.ts";
import { relPath } from "./discover.ts";

export interface BundleInput {
  id: string;
  /** Absolute path of the entry. */
  path: string;
  /** The entry's source as read from disk. */
  source: string;
  /** Range of the metadata statement to blank out. */
  range: [number, number];
}

export interface BundleOutput {
  id: string;
  code: string;
  /** Source map (JSON) from the bundle back to the TypeScript sources. */
  map: string;
  /** Absolute paths of every file the bundle read. */
  inputs: string[];
}

export interface BundleResult {
  outputs: BundleOutput[];
  diagnostics: Diagnostic[];
}

export function blankRange(source: string, [start, end]: [number, number]): string {
  return source.slice(0, start) + source.slice(start, end).replace(/[^\n]/g, " ") + source.slice(end);
}

export async function bundle(project: Project, inputs: BundleInput[]): Promise<BundleResult> {
  if (inputs.length === 0) return { outputs: [], diagnostics: [] };
  const byPath = new Map(inputs.map((i) => [i.path, i]));
  const outdir = project.outDir;
  const stripConfig: esbuild.Plugin = {
    name: "ehtrig-strip-config",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const entry = byPath.get(args.path);
        if (!entry) return undefined;
        return {
          contents: blankRange(entry.source, entry.range),
          loader: "ts",
          resolveDir: dirname(args.path),
        };
      });
    },
  };
  let result: esbuild.BuildResult<{ write: false; metafile: true }>;
  try {
    result = await esbuild.build({
      absWorkingDir: project.root,
      entryPoints: inputs.map((i) => ({ in: i.path, out: i.id })),
      bundle: true,
      format: "iife",
      platform: "neutral",
      target: "esnext",
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
      plugins: [stripConfig],
    });
  } catch (err) {
    const failure = err as esbuild.BuildFailure;
    if (!failure.errors) throw err;
    // One broken trigger fails the shared call; bundle each alone so the others still get
    // compiled and verified, and every error lands on the trigger it belongs to.
    if (inputs.length > 1) return bundleSeparately(project, inputs);
    return { outputs: [], diagnostics: failure.errors.map((m) => fromMessage(project, m, inputs[0]!.id)) };
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
    outputs.push({
      id: input.id,
      code: code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, "\n"),
      map,
      inputs: Object.keys(meta?.inputs ?? {}).map((p) => resolve(project.root, p)),
    });
  }
  return { outputs, diagnostics: [] };
}

async function bundleSeparately(project: Project, inputs: BundleInput[]): Promise<BundleResult> {
  const results = await Promise.all(inputs.map((input) => bundle(project, [input])));
  return {
    outputs: results.flatMap((r) => r.outputs),
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

function fromMessage(project: Project, m: esbuild.Message, trigger?: string): Diagnostic {
  const loc = m.location;
  return diagnostic(
    /^Top-level return/.test(m.text) ? "EH402" : "EH400",
    m.text + (m.notes.length ? ` (${m.notes.map((n) => n.text).join("; ")})` : ""),
    {
      location: loc
        ? { file: relPath(project, resolve(project.root, loc.file)), line: loc.line, column: loc.column + 1 }
        : undefined,
      ...(trigger ? { trigger } : {}),
    },
  );
}
