/**
 * `ehtrig sim logs TRIGGER`: a deployed trigger's debug log from a running `ehtrig sim`, each
 * exception mapped to its TypeScript file:line (scripts/sim/logs.ts). It connects as deploy does
 * (--to NAME, or --host with --ca and an API key); without those, through the files `ehtrig sim`
 * wrote into its --dir (url, ca.pem, api-key). Not a command of its own in index.ts: `sim`
 * registers it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import pc from "picocolors";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import type { CliContext } from "../cli.ts";
import { printDiagnostics, printJson } from "../report.ts";
import type { ApplianceChoice } from "../rest/appliances.ts";
import { simLogs, type MappedLogEntry } from "../sim/logs.ts";
import { styled } from "../safe-io.ts";
import { printable, printableValue } from "../terminal.ts";
import { addApplianceOptions, connect, projectIfAny } from "./appliance-options.ts";

/** The files `ehtrig sim` writes into its --dir. */
export const SIM_FILES = { ca: "ca.pem", apiKey: "api-key", url: "url", state: "state.json" } as const;

interface LogsOpts extends ApplianceChoice {
  dir: string;
  json?: boolean;
}

/** --to/--host as given; otherwise the running simulator's files in --dir. */
function choice(opts: LogsOpts, cwd: string): ApplianceChoice {
  if (opts.to || opts.host) return opts;
  const dir = resolve(cwd, opts.dir);
  const urlFile = join(dir, SIM_FILES.url);
  if (!existsSync(urlFile))
    throw new EhtrigError(
      [
        diagnostic("EH700", `no running simulator found: ${urlFile} does not exist`, {
          hint: "Start one with `npx ehtrig sim` (same --dir), or name the appliance with --to NAME or --host HOST --ca FILE.",
        }),
      ],
      2,
    );
  return {
    host: readFileSync(urlFile, "utf8").trim(),
    ca: opts.ca ?? join(dir, SIM_FILES.ca),
    apiKeyFile: opts.apiKeyEnv ? undefined : (opts.apiKeyFile ?? join(dir, SIM_FILES.apiKey)),
    apiKeyEnv: opts.apiKeyEnv,
  };
}

function time(ms: number): string {
  return new Date(ms).toISOString();
}

export function registerSimLogs(sim: Command, ctx: CliContext): void {
  addApplianceOptions(
    sim
      .command("logs")
      .description(
        "print a deployed trigger's debug log from a running simulator, exceptions mapped to the TypeScript line",
      )
      .argument(
        "<trigger>",
        "the trigger: its id in this project (file name), or its id or name on the appliance",
      )
      .option(
        "--dir <dir>",
        "the simulator's folder (url, ca.pem, api-key) when no --to/--host is given",
        ".ehtrig/sim",
      )
      .option("--json", "print the log as JSON"),
  ).action(async (trigger: string, _local: LogsOpts, cmd: Command) => {
    // `sim` has --dir and --json too, and commander gives them to it wherever they appear.
    const opts = cmd.optsWithGlobals<LogsOpts>();
    const io = ctx.io;
    const project = projectIfAny(io.cwd);
    const { client } = connect(choice(opts, io.cwd), io, project);
    try {
      const logs = await simLogs(client, trigger, project);
      if (opts.json) return printJson(io, { ok: true, ...logs });
      if (logs.warnings.length) printDiagnostics(io, logs.warnings);
      printLog(ctx, logs.trigger, logs.entries);
    } finally {
      client.close();
    }
  });
}

function printLog(ctx: CliContext, trigger: { id: number; name: string }, entries: MappedLogEntry[]): void {
  const c = ctx.io.isTTY ? pc : pc.createColors(false);
  const { out } = styled(ctx.io);
  out(
    c.bold(`debug log of trigger ${trigger.id} "${printableValue(trigger.name)}": ${entries.length} line(s)`),
  );
  for (const e of entries) {
    const line = `${c.dim(time(e.time))} ${c.dim(e.event)} ${printable(e.message)}`;
    out(e.kind === "error" ? c.red(line) : line);
    if (e.source) {
      out(`    at ${c.bold(`${printableValue(e.source.file)}:${e.source.line}:${e.source.column}`)}`);
      if (e.source.text !== undefined)
        out(`    ${c.dim(`${e.source.line} |`)} ${printable(e.source.text.trim())}`);
    }
  }
}
