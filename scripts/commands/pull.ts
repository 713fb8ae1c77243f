/** `ehtrig pull NAME --to APPLIANCE`: an appliance's trigger (or `--all` of the project's) back as TypeScript. */
import type { Command } from "commander";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { loadProject } from "../../build/index.ts";
import { pullTriggers } from "../bundle/pull.ts";
import type { CliContext } from "../cli.ts";
import type { ApplianceChoice } from "../rest/appliances.ts";
import { addApplianceOptions, connect } from "./appliance-options.ts";
import { printImported } from "./import-output.ts";

export function register(program: Command, ctx: CliContext): void {
  addApplianceOptions(
    program
      .command("pull")
      .description("bring a trigger from an appliance back into triggers/ as TypeScript (never overwrites)")
      .argument("[name]", "the trigger's name on the appliance")
      .option("--all", "every trigger whose author is this project's author")
      .option("--dry-run", "show the files that would be written")
      .option("--json", "print the result as JSON"),
  ).action(
    async (
      name: string | undefined,
      opts: ApplianceChoice & { all?: boolean; dryRun?: boolean; json?: boolean },
    ) => {
      if ((name === undefined) === !opts.all)
        throw new EhtrigError([diagnostic("EH602", "give a trigger name or --all (not both)")], 2);
      const project = loadProject(ctx.io.cwd);
      const { client, appliance } = connect(opts, ctx.io, project);
      try {
        const files = await pullTriggers(
          client,
          project,
          appliance.name,
          { name, all: opts.all },
          opts.dryRun,
        );
        printImported(ctx.io, files, project.root, opts);
      } finally {
        client.close();
      }
    },
  );
}
