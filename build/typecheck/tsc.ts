/**
 * Runs the native TypeScript 7 compiler (it has no JS API, so it runs as a process) on one
 * tsconfig and turns its output into diagnostics. What the diagnostics mean for ehtrig (hints,
 * duplicates with the gate) is decided in ts-codes.ts; which files are checked, in project.ts.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { availableParallelism, totalmem } from "node:os";
import { dirname, join, parse, relative, resolve } from "node:path";
import { rootRelative } from "../discover.ts";
import { pathToFileURL } from "node:url";
import { diagnostic, EhtrigError, type Diagnostic } from "../diagnostics.ts";

const require = createRequire(import.meta.url);

let exePath: Promise<string> | undefined;

/** The tsc executable of the installed typescript package. */
function tscExecutable(): Promise<string> {
  exePath ??= (async () => {
    const pkgDir = dirname(require.resolve("typescript/package.json"));
    const mod = await import(pathToFileURL(join(pkgDir, "lib", "getExePath.js")).href);
    return (mod.default as () => string)();
  })();
  return exePath;
}

/**
 * tsc is a Go program, and it runs alongside the build's own thread. Two settings of its Go
 * runtime, unless the user's environment sets them:
 * - Threads: all cores but one (GOMAXPROCS), leaving the build's thread its core. On two cores, a
 *   clean build of the benchmark's 50 triggers with tsc on both cores took 8% longer than with
 *   tsc on one (medians of 6 and 8 runs taken in turns).
 * - Collection waits for a memory limit (a quarter of the machine's memory, between 256 MiB and
 *   2 GiB) instead of running as the heap grows: with Go's default a check of those 50 triggers
 *   spends a fifth of its CPU collecting garbage that the process exit frees anyway (measured:
 *   0.61 s → 0.48 s CPU, 0.32 s → 0.27 s wall).
 */
function tscEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  env.GOMAXPROCS ??= String(Math.max(1, availableParallelism() - 1));
  if (env.GOGC === undefined && env.GOMEMLIMIT === undefined) {
    const mib = Math.min(2048, Math.max(256, Math.floor(totalmem() / 4 / 2 ** 20)));
    env.GOGC = "off";
    env.GOMEMLIMIT = `${mib}MiB`;
  }
  return env;
}

/** A TypeScript diagnostic before ehtrig gives it a code and hint. */
export interface TscMessage {
  tsCode: string;
  message: string;
  location?: { file: string; line: number; column: number };
}

const LINE = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;

export function parseTscOutput(output: string, root: string): TscMessage[] {
  const out: TscMessage[] = [];
  // An unindented line that is no error (a file of --explainFiles) ends the message before it.
  let inMessage = false;
  for (const raw of output.split(/\r?\n/)) {
    const m = LINE.exec(raw);
    inMessage = m ? true : inMessage && raw.startsWith(" ");
    if (m) {
      const [, file, line, column, , tsCode, message] = m;
      out.push({
        tsCode: tsCode!,
        message: message!,
        location: {
          file: rootRelative(root, file!),
          line: Number(line),
          column: Number(column),
        },
      });
    } else if (raw.startsWith("  ") && inMessage) {
      // continuation of a multi-line message (elaboration chains)
      out[out.length - 1]!.message += "\n" + raw.trimEnd();
    } else {
      const g = /error (TS\d+): (.*)$/.exec(raw);
      if (g) out.push({ tsCode: g[1]!, message: g[2]! });
    }
  }
  return out;
}

/**
 * Who imports whom, from tsc's --explainFiles output: root-relative path of every file in the
 * program → the root-relative paths of the files that import or reference it.
 */
export function parseImporters(output: string, root: string): Map<string, Set<string>> {
  const importers = new Map<string, Set<string>>();
  const rel = (file: string): string => rootRelative(root, file);
  let current: string | undefined;
  for (const raw of output.split(/\r?\n/)) {
    if (!raw || LINE.test(raw)) current = undefined;
    else if (!raw.startsWith(" ")) {
      current = rel(raw.trim());
      if (!importers.has(current)) importers.set(current, new Set());
    } else if (current) {
      const from = /^\s+(?:Imported|Referenced) via .* from file '([^']+)'/.exec(raw)?.[1];
      if (from) {
        const set = importers.get(current) ?? new Set<string>();
        set.add(rel(from));
        importers.set(current, set);
      }
    }
  }
  return importers;
}

/**
 * Whatever the project's tsconfig says, no incremental state (not trusted: project.ts), nor the
 * composite setting that would require it.
 */
const NO_BUILD_STATE = ["--incremental", "false", "--composite", "false"];

/**
 * @param tsconfig absolute path of the tsconfig to check
 * @param importers when given, filled with who imports whom (parseImporters)
 */
export async function runTsc(
  root: string,
  tsconfig: string,
  importers?: Map<string, Set<string>>,
): Promise<TscMessage[]> {
  const exe = await tscExecutable().catch((err: Error) => {
    throw new EhtrigError([diagnostic("EH301", `cannot find the TypeScript compiler: ${err.message}`)], 2);
  });
  return new Promise((done, fail) => {
    execFile(
      exe,
      [
        ...["-p", tsconfig, "--noEmit", "--pretty", "false", ...NO_BUILD_STATE],
        ...(importers ? ["--explainFiles"] : []),
      ],
      { cwd: root, env: tscEnvironment(), maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const messages = parseTscOutput(stdout + stderr, root);
        if (importers) for (const [file, from] of parseImporters(stdout, root)) importers.set(file, from);
        if (err && messages.length === 0) {
          fail(
            new EhtrigError(
              [diagnostic("EH301", `tsc failed: ${(stderr || stdout || err.message).trim()}`)],
              2,
            ),
          );
        } else {
          done(messages);
        }
      },
    );
  });
}

/** Longest wait for tsc to write declarations; a check never waits on them longer. */
const DECLARATIONS_TIMEOUT_MS = 60_000;

/** Set when this tsc cannot write declarations without checking (no --noCheck): not asked again. */
let declarationsUnsupported = false;

/**
 * Has tsc write the declarations (.d.ts) of a tsconfig's files under `outDir`, at their paths
 * below the drive's root (declarationPath), without checking them: what a check reports stays
 * that of a check alone, and what this run reports is not looked at. A file tsc cannot describe
 * (an exported type a .d.ts cannot name) gets no declarations. The project's settings about
 * emitting (declarationDir, stripInternal, noEmitOnError, incremental, composite) are overridden;
 * the caller resets tsBuildInfoFile, which has no command-line reset. Resolves with false when
 * nothing could be written (no tsc, no --noCheck, a timeout).
 */
export async function emitDeclarations(root: string, tsconfig: string, outDir: string): Promise<boolean> {
  const exe = declarationsUnsupported ? undefined : await tscExecutable().catch(() => undefined);
  if (!exe) return false;
  const args = [
    ...["-p", tsconfig, "--pretty", "false", "--noCheck", "--noEmit", "false", "--declaration"],
    ...["--emitDeclarationOnly", "--declarationMap", "false", "--stripInternal", "false"],
    ...["--noEmitOnError", "false", ...NO_BUILD_STATE],
    ...["--outDir", outDir, "--declarationDir", outDir, "--rootDir", parse(root).root],
  ];
  // One thread: it is small, and it runs beside the check and the build.
  const env = { ...tscEnvironment(), GOMAXPROCS: "1" };
  return new Promise((done) => {
    execFile(
      exe,
      args,
      { cwd: root, env, maxBuffer: 64 * 1024 * 1024, timeout: DECLARATIONS_TIMEOUT_MS },
      (err, stdout, stderr) => {
        if (/\bTS5023\b/.test(stdout + stderr)) declarationsUnsupported = true; // unknown option
        done(!err || typeof err.code === "number");
      },
    );
  });
}

/** Where emitDeclarations(…, outDir) writes the declarations of `file`, a .ts source. */
export function declarationPath(outDir: string, file: string): string {
  return join(outDir, relative(parse(file).root, file)).replace(/\.([cm]?)tsx?$/, ".d.$1ts");
}

/**
 * The `files` a tsconfig ends up with after its `extends` chain (tsc --showConfig), as absolute
 * paths; empty when tsc cannot say.
 */
export async function resolvedFiles(root: string, tsconfig: string): Promise<string[]> {
  const exe = await tscExecutable().catch(() => undefined);
  if (!exe) return [];
  return new Promise((done) => {
    execFile(
      exe,
      ["--showConfig", "-p", tsconfig],
      { cwd: root, env: tscEnvironment(), maxBuffer: 64 * 1024 * 1024 },
      (err, stdout) => {
        try {
          const files = (JSON.parse(stdout) as { files?: unknown }).files;
          done(
            Array.isArray(files)
              ? files.filter((f) => typeof f === "string").map((f) => resolve(dirname(tsconfig), f))
              : [],
          );
        } catch {
          done([]);
        }
      },
    );
  });
}
