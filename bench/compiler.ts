/**
 * Compiler benchmark: a clean build of 50 generated ~200-line triggers that share helpers,
 * compared in the same run with esbuild-only bundling of the same entries, with Babel-only
 * lowering of the same distinct modules (the unavoidable cost: esbuild strips the types, Babel
 * lowers each module once with ehtrig's preset, no source maps) and with a rollup + Babel build
 * of the same triggers (rollup-babel.ts); then rebuilds with nothing changed, with one trigger
 * touched, and with a shared module that every trigger imports edited, as `ehtrig build` makes
 * them in one process (a cache read from disk, a tsc process per check), the last two again as
 * `ehtrig watch` makes them (the cache in memory, the type-check session kept), and a clean
 * build, nothing changed and one trigger touched as separate `ehtrig build` processes (Node's
 * start and a cold JIT included). Prints figures and the
 * issue's targets as ratios (timings are noisy on a shared machine; the ratios come from one run,
 * the clean build and its comparisons taking turns).
 *
 * Same cores: ehtrig lowers and verifies on one thread, as Babel-only runs; its type-check (tsc,
 * a process of its own) runs alongside on another core, and the CPU line shows both.
 *
 * Run: node bin/run-ts.js bench/compiler.ts   (or npm run bench for every benchmark)
 */
import * as esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { transformAsync } from "@babel/core";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CACHE_DIR } from "../build/cache.ts";
import {
  BuildCache,
  buildProject,
  loadProject,
  type BuildOptions,
  type BuildResult,
} from "../build/index.ts";
import { TypecheckSession } from "../build/typecheck/session.ts";
import { generateProject } from "./generate.ts";
import { loweringOptions } from "../build/lower.ts";
import { rollupBabelBuild } from "./rollup-babel.ts";
import { BIN, compileToolkit } from "./toolkit.ts";

/** esbuild strips the types, then Babel lowers: each distinct module once, nothing else. */
async function babelOnly(files: string[]): Promise<void> {
  for (const file of files) {
    const js = await esbuild.transform(readFileSync(file, "utf8"), {
      loader: "ts",
      format: "esm",
      target: "esnext",
    });
    await transformAsync(js.code, {
      ...loweringOptions(),
      sourceType: "module",
      filename: file,
      sourceMaps: false,
    });
  }
}

interface Cpu {
  /** CPU milliseconds of this process (all its threads). */
  self: number;
  /** CPU milliseconds of its finished child processes (tsc). */
  children: number;
}

/** Linux reports the CPU time of waited-for children in /proc/self/stat (fields 16 and 17, in ticks). */
function cpuNow(): Cpu {
  const u = process.cpuUsage();
  let children = 0;
  try {
    const fields = readFileSync("/proc/self/stat", "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    children = ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    children = Number.NaN;
  }
  return { self: (u.user + u.system) / 1000, children };
}

function cpuSince(start: Cpu): Cpu {
  const now = cpuNow();
  return { self: now.self - start.self, children: now.children - start.children };
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TRIGGERS = 50;
const RUNS = 5;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

export async function benchCompiler(): Promise<Record<string, number>> {
  const root = mkdtempSync(join(tmpdir(), "ehtrig-bench-"));
  try {
    const entries = generateProject(root, REPO, TRIGGERS);
    /** What a clean build starts without: no output, no cache. */
    const clearBuild = (): void => {
      for (const dir of ["dist", CACHE_DIR]) rmSync(join(root, dir), { recursive: true, force: true });
    };
    const project = loadProject(root);

    const esbuildOnly = async () =>
      esbuild.build({
        absWorkingDir: root,
        entryPoints: entries,
        bundle: true,
        format: "iife",
        platform: "neutral",
        target: "esnext",
        write: false,
        outdir: join(root, "esbuild-only"),
        sourcemap: "external",
        sourcesContent: true,
        logLevel: "silent",
      });
    await esbuildOnly(); // warm-up
    const esbuildMs = median(
      await Promise.all([0, 0, 0].map(async () => 0)).then(async () => {
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) times.push((await timed(esbuildOnly))[0]);
        return times;
      }),
    );

    // Warm the compiler's own modules (Babel's plugins load lazily) on a throwaway build.
    await buildProject(project, { cache: new BuildCache(undefined), write: false });

    const libDir = join(root, "triggers", "lib");
    const modules = [...entries, ...readdirSync(libDir).map((f) => join(libDir, f))];
    await babelOnly(modules.slice(0, 3)); // warm-up
    await rollupBabelBuild(entries.slice(0, 2)); // warm-up

    // The clean build and the builds it is compared with take turns, so that a machine shared
    // with others loads them alike; each figure is the median of its runs (five; rollup, which
    // takes longest, three).
    const cleanTimes: number[] = [];
    const compileTimes: number[] = [];
    const babelTimes: number[] = [];
    const rollupTimes: number[] = [];
    // Only what is printed of each clean build is kept (its stage timings, its lines of output, CPU).
    const cleanRuns: { timings: BuildResult["timings"]; lines: number; cpu: Cpu }[] = [];
    const cleanBuild = async (typecheck: boolean): Promise<[number, BuildResult]> => {
      clearBuild();
      const [ms, result] = await timed(() => buildProject(loadProject(root), { typecheck }));
      if (!result.ok)
        throw new Error(`benchmark build failed: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
      return [ms, result];
    };
    for (let i = 0; i < 5; i++) {
      // The build without its type-check (build --no-typecheck) shows what tsc adds.
      compileTimes.push((await cleanBuild(false))[0]);
      const cpu0 = cpuNow();
      const [ms, result] = await cleanBuild(true);
      cleanTimes.push(ms);
      cleanRuns.push({
        timings: result.timings,
        lines: result.triggers.reduce((n, t) => n + t.code.split("\n").length, 0),
        cpu: cpuSince(cpu0),
      });
      babelTimes.push((await timed(() => babelOnly(modules)))[0]);
      if (i % 2 === 0) rollupTimes.push((await timed(() => rollupBabelBuild(entries)))[0]);
    }
    const cleanMs = median(cleanTimes);
    const clean = cleanRuns[cleanTimes.indexOf(cleanMs)]!;
    const { cpu } = clean;
    const compileMs = median(compileTimes);
    const babelMs = median(babelTimes);
    const rollupMs = median(rollupTimes);

    const noChangeTimes: number[] = [];
    for (let i = 0; i < RUNS; i++)
      noChangeTimes.push((await timed(() => buildProject(loadProject(root))))[0]);
    const noChangeMs = median(noChangeTimes);

    /** One rebuild after an edit, which must compile exactly `rebuilt` triggers again. */
    const timedRebuild = async (rebuilt: number, options: BuildOptions): Promise<number> => {
      const [ms, result] = await timed(() => buildProject(loadProject(root), options));
      if (!result.ok || result.triggers.filter((t) => !t.cached).length !== rebuilt)
        throw new Error(`a rebuild did not rebuild exactly ${rebuilt} trigger(s)`);
      return ms;
    };
    // Each rebuild with its type-check, then the same edit again without it (the same file, so
    // the next check has one changed file to look at, as the first had).
    const rebuilds = async (
      runs: number,
      edit: (i: number) => void,
      rebuilt: number,
    ): Promise<[number[], number[]]> => {
      const withCheck: number[] = [];
      const without: number[] = [];
      for (let i = 0; i < runs; i++) {
        for (const typecheck of [true, false]) {
          edit(i * 2 + (typecheck ? 0 : 1));
          (typecheck ? withCheck : without).push(await timedRebuild(rebuilt, { typecheck }));
        }
      }
      return [withCheck, without];
    };
    const touched = await rebuilds(RUNS, (i) => appendFileSync(entries[7]!, `debug("touch ${i}");\n`), 1);
    const touchMs = median(touched[0]);
    const touchCompileMs = median(touched[1]);
    // Edit a module every trigger imports: each trigger is re-bundled and re-verified, the edited
    // module alone is lowered again. The edit adds an export no trigger names, so the type-check
    // checks the module alone (typecheck/declarations.ts). The first edit since the whole-project
    // check is printed apart: it compares with the declarations that check wrote.
    const shared = join(libDir, "text.ts");
    const sharedRuns = await rebuilds(
      4,
      (i) => appendFileSync(shared, `export const edit${i} = ${i};\n`),
      TRIGGERS,
    );
    const sharedFirstMs = sharedRuns[0][0]!;
    const sharedMs = median(sharedRuns[0].slice(1));
    const sharedCompileMs = median(sharedRuns[1]);

    // Watch mode: one cache in memory and one type-check session kept between rebuilds
    // (build/watch.ts), the same edits again.
    const session = new TypecheckSession();
    const watchCache = new BuildCache(root);
    let watchTouchMs: number;
    let watchSharedMs: number;
    try {
      await buildProject(loadProject(root), { cache: watchCache, session });
      await session.opened();
      const watchRebuilds = async (runs: number, edit: (i: number) => void, rebuilt: number) => {
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          edit(i);
          times.push(await timedRebuild(rebuilt, { cache: watchCache, session }));
        }
        return median(times);
      };
      watchTouchMs = await watchRebuilds(RUNS, (i) => appendFileSync(entries[7]!, `debug("w${i}");\n`), 1);
      watchSharedMs = await watchRebuilds(
        3,
        (i) => appendFileSync(shared, `export const watchEdit${i} = ${i};\n`),
        TRIGGERS,
      );
      if (session.answered < RUNS + 3) throw new Error("the type-check session did not answer every rebuild");
    } finally {
      await session.close();
    }

    // As separate `ehtrig build` processes (the compiled lib/, as installed): each pays Node's
    // start, loading the compiler and a cold JIT, which no cache carries from one run to the next.
    compileToolkit();
    const cliBuild = (): number => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [BIN, "build"], {
        cwd: root,
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(`ehtrig build failed: ${r.stderr || r.stdout}`);
      return performance.now() - t0;
    };
    const cliTimes = { clean: [] as number[], nothing: [] as number[], touch: [] as number[] };
    for (let i = 0; i < 3; i++) {
      clearBuild();
      cliTimes.clean.push(cliBuild());
      cliTimes.nothing.push(cliBuild());
      appendFileSync(entries[7]!, `debug("cli${i}");\n`);
      cliTimes.touch.push(cliBuild());
    }
    const cliCleanMs = median(cliTimes.clean);
    const cliNothingMs = median(cliTimes.nothing);
    const cliTouchMs = median(cliTimes.touch);

    const { lines } = clean;
    console.log(
      `\ncompiler: ${TRIGGERS} triggers, ~195 TS lines each + 4 shared modules; ${lines} lines of ES5 out`,
    );
    console.log(`  esbuild-only bundling        ${esbuildMs.toFixed(0).padStart(6)} ms`);
    console.log(
      `  Babel-only lowering          ${babelMs.toFixed(0).padStart(6)} ms   (${modules.length} distinct modules, one thread, no source maps)`,
    );
    console.log(
      `  clean build                  ${cleanMs.toFixed(0).padStart(6)} ms   ratio to Babel-only ${(cleanMs / babelMs).toFixed(2)}x (target <= 1.3x); to esbuild-only ${(cleanMs / esbuildMs).toFixed(1)}x`,
    );
    console.log(
      `    without the type-check   ${compileMs.toFixed(0).padStart(6)} ms   ratio to Babel-only ${(compileMs / babelMs).toFixed(2)}x (build --no-typecheck)`,
    );
    console.log(
      `    CPU: ${cpu.self.toFixed(0)} ms in this process (lowering and verifying on one thread, like Babel-only), ${cpu.children.toFixed(0)} ms in tsc alongside; load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`,
    );
    for (const [stage, ms] of Object.entries(clean.timings)) {
      console.log(
        `    ${stage.padEnd(26)} ${ms!.toFixed(0).padStart(6)} ms${stage === "typecheck" ? " (alongside the other stages, until its result was read)" : ""}`,
      );
    }
    console.log(
      `  rebuild, nothing changed     ${noChangeMs.toFixed(0).padStart(6)} ms   ratio to esbuild-only ${(noChangeMs / esbuildMs).toFixed(2)}x (target <= 1.5x)`,
    );
    console.log(
      `  rebuild, one trigger touched ${touchMs.toFixed(0).padStart(6)} ms   ratio to clean build ${(touchMs / cleanMs).toFixed(3)} (target <= 0.05)`,
    );
    console.log(
      `    without the type-check   ${touchCompileMs.toFixed(0).padStart(6)} ms   ratio to clean build without it ${(touchCompileMs / compileMs).toFixed(3)}`,
    );
    console.log(
      `  rebuild, shared module edited ${sharedMs.toFixed(0).padStart(5)} ms   ratio to clean build ${(sharedMs / cleanMs).toFixed(3)} (target <= 0.25; edits 2 to 4 of the module)`,
    );
    console.log(
      `    first edit since the full check ${sharedFirstMs.toFixed(0).padStart(6)} ms   ratio to clean build ${(sharedFirstMs / cleanMs).toFixed(3)}`,
    );
    console.log(
      `    without the type-check   ${sharedCompileMs.toFixed(0).padStart(6)} ms   ratio to clean build without it ${(sharedCompileMs / compileMs).toFixed(3)}`,
    );
    console.log(`  watch mode (cache in memory, type-check session kept between rebuilds):`);
    console.log(
      `    one trigger touched       ${watchTouchMs.toFixed(0).padStart(6)} ms   ratio to clean build ${(watchTouchMs / cleanMs).toFixed(3)} (target <= 0.05)`,
    );
    console.log(
      `    shared module edited      ${watchSharedMs.toFixed(0).padStart(6)} ms   ratio to clean build ${(watchSharedMs / cleanMs).toFixed(3)} (target <= 0.25)`,
    );
    console.log(
      `  as separate \`ehtrig build\` processes (Node's start, loading the compiler, a cold JIT; median of 3):`,
    );
    console.log(`    clean build               ${cliCleanMs.toFixed(0).padStart(6)} ms`);
    console.log(
      `    nothing changed           ${cliNothingMs.toFixed(0).padStart(6)} ms   ratio to clean build ${(cliNothingMs / cliCleanMs).toFixed(3)}`,
    );
    console.log(
      `    one trigger touched       ${cliTouchMs.toFixed(0).padStart(6)} ms   ratio to clean build ${(cliTouchMs / cliCleanMs).toFixed(3)}`,
    );
    console.log(
      `  rollup + Babel build         ${rollupMs.toFixed(0).padStart(6)} ms   clean build ${(rollupMs / cleanMs).toFixed(1)}x faster (target >= 3x); without the type-check ${(rollupMs / compileMs).toFixed(1)}x`,
    );
    return {
      esbuildMs,
      babelMs,
      cleanMs,
      compileMs,
      noChangeMs,
      touchMs,
      touchCompileMs,
      sharedMs,
      sharedFirstMs,
      sharedCompileMs,
      watchTouchMs,
      watchSharedMs,
      cliCleanMs,
      cliNothingMs,
      cliTouchMs,
      rollupMs,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchCompiler();
}
