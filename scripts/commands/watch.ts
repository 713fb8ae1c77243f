/** `ehtrig watch`: rebuild on every change, print problems, keep running until Ctrl-C. */
import type { Command } from "commander";
import { relative } from "node:path";
import { watchProject } from "../../build/watch.ts";
import type { CliContext } from "../cli.ts";
import { printBuildResult } from "../build-report.ts";
import { printDiagnostics } from "../report.ts";
import { loadProject, type BuildResult, type Project } from "../../build/index.ts";
import { EhtrigError } from "../../build/diagnostics.ts";
import type { Io } from "../io.ts";
import { testFilesOf } from "../tests/find.ts";
import { runTriggerTests } from "../tests/run.ts";
import { untilInterrupted } from "./long-running.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("watch")
    .description("rebuild the triggers a change affects, on every change, until interrupted")
    .option("--test", "after each rebuild, run the tests of the triggers it rebuilt")
    .option("--no-typecheck", "rebuild without the type-check (your editor shows type errors)")
    .action(async (opts: { test?: boolean; typecheck: boolean }) => {
      const { io } = ctx;
      const project = loadProject(io.cwd);
      const handle = watchProject(
        io.cwd,
        {
          async onBuild(result, changed, ms) {
            if (changed.length)
              io.out(`\nchanged: ${changed.map((p) => relative(project.root, p)).join(", ")}`);
            const sub = { io, exitCode: 0 };
            printBuildResult(
              sub,
              project,
              { ...result, triggers: result.triggers.filter((t) => !t.cached || !changed.length) },
              {
                format: "human",
                verb: "built",
                ms,
              },
            );
            const reused = result.triggers.filter((t) => t.cached).length;
            if (changed.length && result.ok) io.out(`  (${reused} unchanged trigger(s) reused from cache)`);
            // Tests follow changes; the first build only shows where the project stands.
            if (opts.test && changed.length) await testRebuilt(io, project, result);
            io.out("watching for changes (Ctrl-C to stop)");
          },
          onError(error) {
            printDiagnostics(io, error.diagnostics);
          },
        },
        { typecheck: opts.typecheck },
      );
      await handle.ready;
      await untilInterrupted();
      await handle.close();
    });
}

/** Runs the tests of the triggers this build compiled afresh or failed on (not those reused). */
async function testRebuilt(io: Io, project: Project, result: BuildResult): Promise<void> {
  const ids = [...result.triggers.filter((t) => !t.cached).map((t) => t.id), ...result.failed];
  const files = testFilesOf(project, ids);
  if (!files.length) return;
  io.out(`testing ${ids.join(", ")}`);
  try {
    await runTriggerTests(project, files);
  } catch (err) {
    if (err instanceof EhtrigError) printDiagnostics(io, err.diagnostics);
    else throw err;
  }
}
