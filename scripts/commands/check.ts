/** `ehtrig check [names…]`: type-check and verify, write nothing. */
import { Option, type Command } from "commander";
import { checkProject, loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { printBuildResult, REPORT_FORMATS, type ReportFormat } from "../build-report.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("check")
    .description("type-check and verify triggers without writing output")
    .argument("[names...]", "trigger ids (file stems) or names")
    .option("--json", "print the result as JSON (same as --format json)")
    .addOption(
      new Option("--format <format>", "human, json, or github (annotations for GitHub Actions)").choices(
        REPORT_FORMATS,
      ),
    )
    .action(async (names: string[], opts: { json?: boolean; format?: ReportFormat }) => {
      const project = loadProject(ctx.io.cwd);
      const t0 = performance.now();
      const result = await checkProject(project, names);
      printBuildResult(ctx, project, result, {
        format: opts.format ?? (opts.json ? "json" : "human"),
        verb: "checked",
        ms: performance.now() - t0,
      });
    });
}
