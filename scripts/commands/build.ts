/** `ehtrig build [names…]`: compile triggers into dist/. */
import { Option, type Command } from "commander";
import { buildProject, loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { printBuildResult, REPORT_FORMATS, type ReportFormat } from "../build-report.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("build")
    .description("compile triggers to verified ES5 scripts in dist/ (all, or the named ones)")
    .argument("[names...]", "trigger ids (file stems) or names")
    .option("--json", "print the result as JSON (same as --format json)")
    .addOption(
      new Option("--format <format>", "human, json, or github (annotations for GitHub Actions)").choices(
        REPORT_FORMATS,
      ),
    )
    .option("--no-cache", "ignore the build cache")
    .option("--no-typecheck", "compile and verify only: leave type errors to your editor or `ehtrig check`")
    .action(
      async (
        names: string[],
        opts: { json?: boolean; format?: ReportFormat; cache: boolean; typecheck: boolean },
      ) => {
        const project = loadProject(ctx.io.cwd);
        const t0 = performance.now();
        const result = await buildProject(project, {
          only: names,
          typecheck: opts.typecheck,
          ...(opts.cache ? {} : { cache: new (await import("../../build/cache.ts")).BuildCache(undefined) }),
        });
        printBuildResult(ctx, project, result, {
          format: opts.format ?? (opts.json ? "json" : "human"),
          verb: "built",
          ms: performance.now() - t0,
        });
      },
    );
}
