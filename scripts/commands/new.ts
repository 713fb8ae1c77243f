/** `ehtrig new <id> --event EVENT…`: scaffold a trigger and its test. */
import { Command, Option } from "commander";
import { loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { printJson } from "../report.ts";
import { scaffold } from "../project/scaffold.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("new")
    .description("create triggers/<id>.ts and test/triggers/<id>.test.ts")
    .argument("<id>", "trigger id: lower-case letters, digits and dashes")
    .addOption(new Option("-e, --event <EVENT...>", "events the trigger runs on").makeOptionMandatory())
    .option("--json", "print the created paths as JSON")
    .action((id: string, opts: { event: string[]; json?: boolean }) => {
      const created = scaffold(loadProject(ctx.io.cwd), id, opts.event);
      if (opts.json) return printJson(ctx.io, created);
      ctx.io.out(`created ${created.trigger}\ncreated ${created.test}\nnext: npx ehtrig test ${id}`);
    });
}
