/** `ehtrig watch`: rebuild on every change, print problems, keep running until Ctrl-C. */
import type { Command } from "commander";
import { relative } from "node:path";
import { watchProject } from "../../build/watch.ts";
import type { CliContext } from "../cli.ts";
import { printBuildResult } from "../build-report.ts";
import { printDiagnostics } from "../report.ts";
import { loadProject } from "../../build/index.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("watch")
    .description("rebuild the triggers a change affects, on every change, until interrupted")
    .action(async () => {
      const { io } = ctx;
      const project = loadProject(io.cwd);
      const handle = watchProject(io.cwd, {
        onBuild(result, changed, ms) {
          if (changed.length)
            io.out(`\nchanged: ${changed.map((p) => relative(project.root, p)).join(", ")}`);
          const sub = { io, exitCode: 0 };
          printBuildResult(
            sub,
            project,
            { ...result, triggers: result.triggers.filter((t) => !t.cached || !changed.length) },
            {
              json: false,
              verb: "built",
              ms,
            },
          );
          const reused = result.triggers.filter((t) => t.cached).length;
          if (changed.length && result.ok) io.out(`  (${reused} unchanged trigger(s) reused from cache)`);
          io.out("watching for changes (Ctrl-C to stop)");
        },
        onError(error) {
          printDiagnostics(io, error.diagnostics);
        },
      });
      await handle.ready;
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await handle.close();
    });
}
