/** `ehtrig check [names…]`: type-check and verify, write nothing. */
import type { Command } from "commander";
import { checkProject, loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { printBuildResult } from "../build-report.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("check")
    .description("type-check and verify triggers without writing output")
    .argument("[names...]", "trigger ids (file stems) or names")
    .option("--json", "print the result as JSON")
    .action(async (names: string[], opts: { json?: boolean }) => {
      const project = loadProject(ctx.io.cwd);
      const t0 = performance.now();
      const result = await checkProject(project, names);
      printBuildResult(ctx, project, result, {
        json: !!opts.json,
        verb: "checked",
        ms: performance.now() - t0,
      });
    });
}
