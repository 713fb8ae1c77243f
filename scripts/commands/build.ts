/** `ehtrig build [names…]`: compile triggers into dist/. */
import type { Command } from "commander";
import { buildProject, loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { printBuildResult } from "../build-report.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("build")
    .description("compile triggers to verified ES5 scripts in dist/ (all, or the named ones)")
    .argument("[names...]", "trigger ids (file stems) or names")
    .option("--json", "print the result as JSON")
    .option("--no-cache", "ignore the build cache")
    .action(async (names: string[], opts: { json?: boolean; cache: boolean }) => {
      const project = loadProject(ctx.io.cwd);
      const t0 = performance.now();
      const result = await buildProject(project, {
        only: names,
        ...(opts.cache ? {} : { cache: new (await import("../../build/cache.ts")).BuildCache(undefined) }),
      });
      printBuildResult(ctx, project, result, {
        json: !!opts.json,
        verb: "built",
        ms: performance.now() - t0,
      });
    });
}
