/** `ehtrig import FILE`: turn an exported bundle or a plain .js trigger into TypeScript triggers. */
import { resolve } from "node:path";
import type { Command } from "commander";
import { loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { importTriggers } from "../bundle/import-trigger.ts";
import { printImported } from "./import-output.ts";

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
        printImported(ctx.io, files, project.root, opts, notes);
      },
    );
}
