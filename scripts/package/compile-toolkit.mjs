#!/usr/bin/env node
/**
 * Compiles the toolkit's TypeScript into lib/, which is what the installed package runs: the
 * CLI, the harness (`ehtrig/testing`), the vitest preset and the compile worker, bundled by
 * esbuild (npm packages stay imports; JSON is inlined, so nothing needs a loader at run time),
 * and declaration files for the two public entry points (`tsc`). Runs on `npm install` in this
 * repository (prepare), before `npm pack`, and before the test suite.
 *
 *   node scripts/package/compile-toolkit.mjs [--if-stale] [--no-types]
 *
 * --if-stale: do nothing when lib/ is newer than every source file (how `npm run build` and the
 * test suite keep the repository's own `ehtrig` command current while the toolkit is edited).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const LIB = join(ROOT, "lib");

/** Public and internal entry points: source → name under lib/. */
export const ENTRIES = {
  cli: "scripts/cli.ts",
  testing: "simulated-engine/index.ts",
  "vitest/plugin": "simulated-engine/vitest/plugin.ts",
  "vitest/setup": "simulated-engine/vitest/setup.ts",
  "vitest/build-triggers": "simulated-engine/vitest/build-triggers.ts",
};

export async function compileToolkit({ types = true } = {}) {
  // Build next to lib/ and swap it in, so a failed or interrupted compile never leaves a half lib/.
  const next = join(ROOT, `lib.next-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  try {
    await build(next, types);
  } catch (err) {
    rmSync(next, { recursive: true, force: true });
    throw err;
  }
  rmSync(LIB, { recursive: true, force: true });
  renameSync(next, LIB);
}

/** How lib/ is bundled (also used by the test that checks the package's dependencies). */
export function esbuildOptions(outdir) {
  return {
    absWorkingDir: ROOT,
    entryPoints: Object.entries(ENTRIES).map(([out, src]) => ({ in: src, out })),
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    chunkNames: "chunks/[name]-[hash]",
    sourcemap: "linked",
    logLevel: "warning",
  };
}

async function build(next, types) {
  await esbuild.build(esbuildOptions(next));
  if (types) declarations(next);
}

function declarations(outDir) {
  const require = createRequire(import.meta.url);
  const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
  const typesDir = join(outDir, "types");
  execFileSync(
    process.execPath,
    [tsc, "-p", "scripts/package/tsconfig.declarations.json", "--outDir", typesDir],
    { cwd: ROOT, stdio: "inherit" },
  );
  // Declarations keep the sources' `./x.ts` specifiers; the package holds `./x.d.ts` files.
  for (const file of walk(typesDir)) {
    const text = readFileSync(file, "utf8");
    const fixed = text.replace(/(from\s+|import\()(["'])(\.{1,2}\/[^"']+)\.ts\2/g, "$1$2$3.js$2");
    if (fixed !== text) writeFileSync(file, fixed);
  }
}

function* walk(dir, suffix = ".d.ts") {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p, suffix);
    else if (p.endsWith(suffix)) yield p;
  }
}

/** Folders whose files end up in lib/. */
const SOURCES = ["build", "scripts", "simulated-engine"];

export function isStale() {
  const built = join(LIB, "cli.js");
  if (!existsSync(built) || !existsSync(join(LIB, "types"))) return true;
  const builtAt = statSync(built).mtimeMs;
  const inputs = [join(ROOT, "package.json"), ...SOURCES.flatMap((d) => [...walk(join(ROOT, d), "")])];
  return inputs.some((f) => statSync(f).mtimeMs > builtAt);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--if-stale") && !isStale()) process.exit(0);
  const t0 = performance.now();
  await compileToolkit({ types: !process.argv.includes("--no-types") });
  console.log(`compiled the toolkit into lib/ in ${Math.round(performance.now() - t0)} ms`);
}
