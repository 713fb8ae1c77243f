/**
 * Stage 2: type-checks the whole project once with the native TypeScript 7 compiler (it has no
 * JS API, so it runs as a process). Runs concurrently with bundling; the pipeline waits for it
 * before emitting. Trigger code is checked with `lib: ["es5"]` (tsconfig.json), so ES2015+
 * built-ins in first-party code are caught here with the compiler's own precise messages.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { diagnostic, EhtrigError, type Diagnostic } from "./diagnostics.ts";

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

const LINE = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;

export function parseTscOutput(output: string, root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const m = LINE.exec(raw);
    if (m) {
      const [, file, line, column, , tsCode, message] = m;
      out.push(
        diagnostic("EH300", `${tsCode}: ${message}`, {
          location: {
            file: relative(root, resolve(root, file!)).split("\\").join("/"),
            line: Number(line),
            column: Number(column),
          },
        }),
      );
    } else if (raw.startsWith("  ") && out.length) {
      // continuation of a multi-line message (elaboration chains)
      out[out.length - 1]!.message += "\n" + raw.trimEnd();
    } else if (/error TS\d+/.test(raw)) {
      out.push(diagnostic("EH300", raw.replace(/^error /, "")));
    }
  }
  return out;
}

/**
 * @param buildInfo where tsc keeps its incremental state; a re-check after a one-file change
 *   then costs a fraction of a full check.
 */
export async function typecheck(
  root: string,
  buildInfo?: string,
  tsconfig = "tsconfig.json",
): Promise<Diagnostic[]> {
  const exe = await tscExecutable().catch((err: Error) => {
    throw new EhtrigError([diagnostic("EH301", `cannot find the TypeScript compiler: ${err.message}`)], 2);
  });
  return new Promise((done, fail) => {
    execFile(
      exe,
      [
        "-p",
        tsconfig,
        "--noEmit",
        "--pretty",
        "false",
        ...(buildInfo ? ["--incremental", "--tsBuildInfoFile", buildInfo] : []),
      ],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const diagnostics = parseTscOutput(stdout + stderr, root);
        if (err && diagnostics.length === 0) {
          fail(
            new EhtrigError(
              [diagnostic("EH301", `tsc failed: ${(stderr || stdout || err.message).trim()}`)],
              2,
            ),
          );
        } else {
          done(diagnostics);
        }
      },
    );
  });
}
