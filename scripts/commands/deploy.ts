/**
 * `ehtrig deploy --to NAME…`: build, verify, and bring each appliance's managed triggers in line.
 * One appliance prints its actions in detail; several (or a group) print one line each.
 */
import type { Command } from "commander";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { deployTo, prepareDeploy } from "../deploy/deploy.ts";
import { deployFleet } from "../deploy/fleet.ts";
import { printJson } from "../report.ts";
import { applianceNames, type ApplianceChoice } from "../rest/appliances.ts";
import { addApplianceOptions, connect } from "./appliance-options.ts";
import { printFleet, printResult } from "./deploy-output.ts";

interface DeployOpts extends Omit<ApplianceChoice, "to"> {
  to?: string[];
  dryRun?: boolean;
  prune?: boolean;
  force?: boolean;
  json?: boolean;
  parallel: string;
}

/** Requests in flight per appliance. */
const REQUESTS_PER_APPLIANCE = 4;

export function register(program: Command, ctx: CliContext): void {
  addApplianceOptions(
    program
      .command("deploy")
      .description(
        "build, verify and deploy the project's triggers to one or more appliances (only triggers it manages)",
      )
      .option("--dry-run", "show what would change, change nothing")
      .option("--prune", "delete managed triggers that are no longer in the project")
      .option("--force", "overwrite triggers changed on the appliance since ehtrig deployed them")
      .option("--parallel <n>", "appliances deployed to at once (with several --to names or a group)", "4")
      .option("--json", "print the result as JSON"),
    { many: true },
  ).action(async (opts: DeployOpts) => {
    const io = ctx.io;
    const project = loadProject(io.cwd);
    const names = opts.to ? applianceNames(opts.to, project) : [];
    const fleet = (opts.to?.length ?? 0) > 1 || !!project.config.applianceGroups?.[opts.to?.[0] ?? ""];
    const prepared = await prepareDeploy(project, !!opts.prune);
    const open = (to?: string) => connect({ ...opts, to }, io, project, REQUESTS_PER_APPLIANCE);
    if (fleet) {
      const parallel = Number(opts.parallel);
      if (!Number.isInteger(parallel) || parallel < 1 || parallel > 64)
        throw new EhtrigError([diagnostic("EH602", "--parallel must be a whole number from 1 to 64")], 2);
      const entries = await deployFleet(prepared, names, open, {
        dryRun: opts.dryRun,
        concurrency: parallel,
      });
      if (!entries.every((e) => e.ok)) ctx.exitCode = 1;
      return printFleet(io, entries, opts.json);
    }
    const { client, appliance } = open(names[0]);
    try {
      const result = await deployTo(prepared, { appliance, client, dryRun: opts.dryRun, force: opts.force });
      if (result.failed.length) ctx.exitCode = 1;
      if (opts.json) printJson(io, { ok: result.failed.length === 0, appliance: appliance.name, ...result });
      else printResult(io, appliance.name, result);
    } finally {
      client.close();
    }
  });
}
