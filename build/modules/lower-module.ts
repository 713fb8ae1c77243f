/**
 * Lowers one module on its own: esbuild strips TypeScript (esnext, ESM kept), and Babel lowers
 * the result to ES5 (its first pass checks the constructs gate) with its imports and exports
 * intact and its helpers imported (helper-imports.ts), so the bundler can combine lowered modules into one ES5
 * script. A module that already parses as ES5 (a legacy trigger body, most npm code) skips Babel.
 * A pure function of its input, so its result is cached by content (module-cache.ts).
 */
import { parse } from "acorn";
import * as esbuild from "esbuild";
import { diagnostic, type Diagnostic } from "../diagnostics.ts";
import { foldProbes } from "../fold-probes.ts";
import { loweringOptions } from "../lower.ts";
import { babelCore } from "../babel.ts";
import { ponyfillCalls } from "../ponyfill-calls.ts";
import { PositionMapper } from "../sourcemap.ts";
import { FINDINGS, type ConstructFinding } from "../verify/constructs.ts";
import { engineHas } from "../verify/output.ts";
import { firstPass } from "./first-pass.ts";
import { helperImports } from "./helper-imports.ts";
import { layoutHelpers } from "../helpers-layout.ts";

export interface ModuleInput {
  /** Absolute path, and the folder source maps are relative to. */
  path: string;
  root: string;
  contents: string;
  loader: "ts" | "js";
  allowed: readonly string[];
  ponyfilled: readonly string[];
}

export interface LoweredModule {
  /** ES5 with import/export, ending in an inline source map back to the original file. */
  code: string;
  /** Constructs the engine cannot run, located in the original file. */
  diagnostics: Diagnostic[];
  /** False when the module was already ES5 and Babel was skipped. */
  lowered: boolean;
}

export async function lowerModule(input: ModuleInput): Promise<LoweredModule> {
  const stripped = await esbuild.transform(input.contents, {
    loader: input.loader,
    format: input.loader === "ts" ? "esm" : undefined,
    target: "esnext",
    sourcemap: "external",
    sourcefile: input.path,
    sourcesContent: true,
    charset: "utf8",
    legalComments: "none",
    // The engine's globals are ambient: leave them as free identifiers.
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  });
  if (isEs5(stripped.code)) {
    // Already ES5, so none of the constructs the gate rejects (acorn's ES5 parse refuses them,
    // RegExp flags included): only its feature probes of names the engine lacks need settling.
    const diagnostics: Diagnostic[] = [];
    if (!/\btypeof\b/.test(stripped.code))
      return { code: withMap(stripped.code, stripped.map), diagnostics, lowered: false };
    const folded = await babelCore().transformAsync(stripped.code, {
      babelrc: false,
      configFile: false,
      sourceType: "script",
      filename: input.path,
      sourceMaps: true,
      inputSourceMap: JSON.parse(stripped.map),
      plugins: [foldProbes(engineHas(input.allowed))] as never,
    });
    if (!folded?.code || !folded.map) throw new Error(`Babel returned no output for ${input.path}`);
    return { code: withMap(folded.code, JSON.stringify(folded.map)), diagnostics, lowered: false };
  }
  const mapper = new PositionMapper(stripped.map, "/", input.root);
  // TypeScript files are modules (moduleDetection "force"), even when their only export was the
  // blanked metadata; JavaScript without import/export is CommonJS or a plain script.
  const sourceType = input.loader === "ts" || !isScript(stripped.code) ? "module" : "script";

  // CommonJS code keeps Babel's helpers inlined: an import would turn it into an ES module.
  const out = await babelCore()
    .transformAsync(stripped.code, {
      ...loweringOptions(),
      sourceType,
      filename: input.path,
      inputSourceMap: JSON.parse(stripped.map),
      plugins: [
        ...(sourceType === "module" ? [helperImports] : []),
        // Feature probes need a typeof: without one, no pass of its own (a constant condition that is
        // no probe is left as written).
        ...(/\btypeof\b/.test(stripped.code) ? [foldProbes(engineHas(input.allowed))] : []),
        firstPass,
        ...(input.ponyfilled.length ? [ponyfillCalls(input.ponyfilled)] : []),
      ] as never,
    })
    .catch((err: Error & { loc?: { line: number; column: number } }) => {
      // Babel's position is in the stripped code; the error the bundler reports carries the original.
      const at = err.loc && mapper.original(err.loc.line, err.loc.column);
      throw new LoweringError(err.message.split("\n")[0]!.replace(/^[^:]*: /, ""), at);
    });
  if (!out?.code || !out.map) throw new Error(`Babel returned no output for ${input.path}`);
  // A module with constructs the gate rejects is still lowered (they are left as they are), so
  // the bundle of every trigger builds; the triggers that import it fail with these diagnostics.
  const diagnostics = located(out.metadata as Record<string, unknown> | undefined, mapper);
  // A script's inlined helpers get the same ES5 versions as the helper modules.
  const done =
    sourceType === "script"
      ? layoutHelpers(out.code, JSON.stringify(out.map))
      : { code: out.code, map: JSON.stringify(out.map) };
  return { code: withMap(done.code, done.map), diagnostics, lowered: true };
}

/** The first pass's findings (verify/constructs.ts), located in the original file, once each. */
function located(metadata: Record<string, unknown> | undefined, mapper: PositionMapper): Diagnostic[] {
  const found = (metadata?.[FINDINGS] as ConstructFinding[] | undefined) ?? [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const loc = mapper.original(f.line, f.column);
    const key = `${f.code}:${loc?.file}:${loc?.line}:${loc?.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      diagnostic(f.code, f.message, {
        location: loc && { file: loc.file, line: loc.line, column: loc.column },
      }),
    );
  }
  return out;
}

/** esbuild follows an inline source map of a loaded file, so the bundle maps to the original. */
function withMap(code: string, map: string): string {
  return `${code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString("base64")}\n`;
}

/** A construct Babel refused, located in the original file. */
export class LoweringError extends Error {
  constructor(
    message: string,
    readonly location: { file: string; line: number; column: number } | undefined,
  ) {
    super(message);
    this.name = "LoweringError";
  }
}

function isEs5(code: string): boolean {
  try {
    parse(code, { ecmaVersion: 5, sourceType: "script" });
    return true;
  } catch {
    return false;
  }
}

/** CommonJS npm code has no import/export; parsing it as a module would reject sloppy code. */
function isScript(code: string): boolean {
  try {
    parse(code, { ecmaVersion: "latest", sourceType: "script", allowReturnOutsideFunction: true });
    return true;
  } catch {
    return false;
  }
}
