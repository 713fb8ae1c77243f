/**
 * The options every command that talks to an appliance shares (--to, --host, --ca, --api-key-env,
 * --api-key-file), turning them into a REST client (what commands print is redacted by the CLI's
 * safe Io, scripts/safe-io.ts). Not a command itself (it is not listed in index.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { CONFIG_FILE, loadProject, type Project } from "../../build/project/config.ts";
import {
  resolveAppliance,
  type Appliance,
  type ApplianceChoice,
  DEFAULT_API_KEY_ENV,
} from "../rest/appliances.ts";
import { createClient, type RestClient } from "../rest/client.ts";
import type { Io } from "../io.ts";
import { printDiagnostics } from "../report.ts";

export function addApplianceOptions(cmd: Command, opts: { many?: boolean } = {}): Command {
  if (opts.many)
    cmd.option(
      "--to <names...>",
      "appliance(s) or group(s) named in ehtrig.config.json `appliances` / `applianceGroups`",
    );
  else cmd.option("--to <name>", "appliance named in ehtrig.config.json `appliances`");
  return cmd
    .option("--host <host>", "appliance host or https:// URL (instead of --to)")
    .option("--ca <file>", "PEM file of the CA that signed the appliance certificate")
    .option(
      "--api-key-env <var>",
      `with --host: environment variable holding the API key (default ${DEFAULT_API_KEY_ENV})`,
    )
    .option("--api-key-file <file>", "with --host: file holding the API key");
}

/** The project when the working directory has one (needed for --to and deploy). */
export function projectIfAny(cwd: string): Project | undefined {
  return existsSync(join(cwd, CONFIG_FILE)) ? loadProject(cwd) : undefined;
}

export function connect(
  choice: ApplianceChoice,
  io: Io,
  project: Project | undefined,
  concurrency?: number,
): { appliance: Appliance; client: RestClient } {
  const appliance = resolveAppliance(choice, project, io.env, io.cwd);
  if (appliance.warnings.length) printDiagnostics(io, appliance.warnings);
  const client = createClient({ ...appliance.client, concurrency });
  return { appliance, client };
}
