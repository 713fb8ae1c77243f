/** `ehtrig import FILE`: turn an exported bundle or a plain .js trigger into TypeScript triggers. */
import { relative, resolve } from "node:path";
import type { Command } from "commander";
import { loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { importTriggers } from "../bundle/import-trigger.ts";
import { printJson } from "../report.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("import")
    .description(
      "import an ExtraHop bundle or a plain trigger script into triggers/ (decided by content; never overwrites)",
    )
    .argument("<file>", "bundle export or trigger script")
    .option("--name <name>", "for a script or a one-trigger bundle: the trigger name")
    .option(
      "--events <list>",
      "for a script or a one-trigger bundle: comma-separated events, e.g. HTTP_REQUEST,HTTP_RESPONSE",
    )
    .option("--description <text>", "for a script or a one-trigger bundle: the description")
    .option("--dry-run", "show the files that would be written")
    .option("--json", "print the result as JSON")
    .action(
      async (
        file: string,
        opts: { name?: string; events?: string; description?: string; dryRun?: boolean; json?: boolean },
      ) => {
        const project = loadProject(ctx.io.cwd);
        const events = opts.events
          ?.split(",")
          .map((e) => e.trim())
          .filter(Boolean);
        const { files, notes } = importTriggers(
          resolve(ctx.io.cwd, file),
          project,
          { name: opts.name, events, description: opts.description },
          opts.dryRun,
        );
        if (opts.json) {
          printJson(ctx.io, {
            dryRun: !!opts.dryRun,
            triggers: files.map((f) => ({
              id: f.id,
              name: f.name,
              file: relative(project.root, f.path),
              notes: f.notes,
            })),
            notes,
          });
          return;
        }
        for (const f of files)
          ctx.io.out(
            `${opts.dryRun ? "would write" : "wrote"} ${relative(project.root, f.path)}  (${f.name})`,
          );
        for (const note of [...files.flatMap((f) => f.notes), ...notes]) ctx.io.err(`note: ${note}`);
        if (!opts.dryRun)
          ctx.io.out("build them with `ehtrig build`; remove `// @ts-nocheck` from a file to type-check it");
      },
    );
}
