/**
 * The build that trigger tests run against. Unlike `ehtrig build` it writes every trigger that
 * passes even when others fail, into a folder of its own (never dist/), and remembers which
 * failed: loading a failed trigger throws its build problems, so one broken trigger fails only
 * its own tests while the others run and report.
 */
import { join, resolve } from "node:path";
import { buildProject, loadProject } from "../build/index.ts";
import { formatDiagnostic } from "../scripts/report.ts";

/** What a test build produced; handed from the test runner's main process to each test file. */
export interface TestBuild {
  /** Absolute project root. */
  root: string;
  /** Absolute folder holding the scripts, maps and manifest of the triggers that built. */
  outDir: string;
  /** Trigger id → its name (when known) and its problems as printed by the CLI. */
  failed: Record<string, { name?: string; problems: string }>;
}

/** Relative to the project root; inside the build cache, which projects already ignore. */
export const TEST_OUT_DIR = join(".ehtrig-cache", "test-dist");

export interface TestBuildOptions {
  /** Where problems are printed (default: standard error). */
  print?: (text: string) => void;
  color?: boolean;
}

export async function buildForTests(rootDir: string, opts: TestBuildOptions = {}): Promise<TestBuild> {
  const root = resolve(rootDir);
  const project = loadProject(root);
  const outDir = join(root, TEST_OUT_DIR);
  const result = await buildProject(project, { partial: true, outDir });
  const print = opts.print ?? ((text: string) => process.stderr.write(`${text}\n`));
  const names = new Map(result.triggers.map((t) => [t.id, t.metadata.name]));
  const failed: TestBuild["failed"] = {};
  for (const id of result.failed) {
    const own = result.diagnostics.filter((d) => d.severity === "error" && (!d.trigger || d.trigger === id));
    failed[id] = {
      ...(names.has(id) ? { name: names.get(id) } : {}),
      problems: own.map((d) => formatDiagnostic(d, false)).join("\n"),
    };
  }
  const shown = result.diagnostics.filter((d) => d.severity === "error" || d.trigger);
  if (shown.length) {
    print(`ehtrig: ${result.failed.length} trigger(s) did not build; their tests will fail:`);
    for (const d of shown) print(formatDiagnostic(d, opts.color ?? false));
  }
  return { root, outDir, failed };
}
