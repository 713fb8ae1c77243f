/** `ehtrig test [names…]`: build, then run the project's trigger tests (vitest). */
import type { Command } from "commander";
import { loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { triggerTestFiles } from "../tests/find.ts";
import { runTriggerTests } from "../tests/run.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("test")
    .description("build, then run the trigger tests (test/triggers/<id>.test.ts), all or the named ones")
    .argument("[names...]", "trigger ids whose tests to run")
    .action(async (names: string[]) => {
      const project = loadProject(ctx.io.cwd);
      const files = triggerTestFiles(project, names);
      const result = await runTriggerTests(project, files);
      if (!result.ok) ctx.exitCode = 1;
    });
}
