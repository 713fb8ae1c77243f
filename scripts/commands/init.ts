/** `ehtrig init`: set up an ehtrig project in the current folder. */
import type { Command } from "commander";
import type { CliContext } from "../cli.ts";
import { initProject } from "../project/init.ts";
import { printJson } from "../report.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("init")
    .description("set up an ehtrig project here: config, tsconfig, vitest preset, scripts, a starter trigger")
    .option("--json", "print what was created, updated and skipped as JSON")
    .action((opts: { json?: boolean }) => {
      const steps = initProject(ctx.io.cwd);
      if (opts.json) return printJson(ctx.io, { steps });
      const width = Math.max(...steps.map((s) => s.action.length));
      for (const s of steps)
        ctx.io.out(`${s.action.padEnd(width)}  ${s.path}${s.note ? `  (${s.note})` : ""}`);
      const pkgCreated = steps.some((s) => s.path === "package.json" && s.action === "created");
      ctx.io.out(
        pkgCreated
          ? "next: npm install --save-dev ehtrig vitest, then npm run build && npm test"
          : "next: npm run build && npm test",
      );
    });
}
