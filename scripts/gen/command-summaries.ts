/**
 * scripts/commands/summaries.json: each command's line in `ehtrig --help` (its usage term and
 * description), generated from the commands themselves so that the top-level help can list every
 * command without loading any of them. A test fails when the file is stale.
 */
import { Command } from "commander";
import type { CliContext } from "../cli.ts";
import { COMMANDS, type CommandSummary } from "../commands/index.ts";
import { memoryIo } from "../io.ts";

export const SUMMARIES_FILE = "scripts/commands/summaries.json";

export async function renderCommandSummaries(): Promise<string> {
  const summaries: Record<string, CommandSummary> = {};
  for (const [name, load] of Object.entries(COMMANDS)) {
    const program = new Command("ehtrig");
    const ctx: CliContext = { io: memoryIo(process.cwd()), exitCode: 0 };
    (await load()).register(program, ctx);
    const cmd = program.commands.find((c) => c.name() === name)!;
    summaries[name] = { term: program.createHelp().subcommandTerm(cmd), description: cmd.description() };
  }
  return JSON.stringify(summaries, null, 2) + "\n";
}
