/** `ehtrig deploy --to NAME`: build, verify, and bring the appliance's managed triggers in line. */
import type { Command } from "commander";
import { loadProject } from "../../build/index.ts";
import type { CliContext } from "../cli.ts";
import { deploy, type DeployResult } from "../deploy/deploy.ts";
import { printDiagnostics, printJson } from "../report.ts";
import { diagnostic } from "../../build/diagnostics.ts";
import type { ApplianceChoice } from "../rest/appliances.ts";
import { addApplianceOptions, connect } from "./appliance-options.ts";

export function register(program: Command, ctx: CliContext): void {
  addApplianceOptions(
    program
      .command("deploy")
      .description(
        "build, verify and deploy the project's triggers to an appliance (only triggers it manages)",
      )
      .option("--dry-run", "show what would change, change nothing")
      .option("--prune", "delete managed triggers that are no longer in the project")
      .option("--json", "print the result as JSON"),
  ).action(async (opts: ApplianceChoice & { dryRun?: boolean; prune?: boolean; json?: boolean }) => {
    const io = ctx.io;
    const project = loadProject(io.cwd);
    const { client, appliance } = connect(opts, io, project, 4);
    let result: DeployResult;
    try {
      result = await deploy({ project, appliance, client, dryRun: opts.dryRun, prune: opts.prune });
    } finally {
      client.close();
    }
    if (result.failed.length) ctx.exitCode = 1;
    if (opts.json) {
      printJson(io, { ok: result.failed.length === 0, appliance: appliance.name, ...result });
      return;
    }
    const verb = result.dryRun ? "would " : "";
    for (const name of result.created) io.out(`${verb}create  ${name}`);
    for (const u of result.updated) {
      io.out(`${verb}update  ${u.name}`);
      for (const line of u.changes) io.out(`          ${line}`);
    }
    for (const name of result.deleted) io.out(`${verb}delete  ${name}`);
    for (const d of result.deduplicated)
      io.out(`${verb}delete  ${d.name}: duplicate id(s) ${d.deleted.join(", ")} (keeping id ${d.kept})`);
    for (const a of result.assignments) {
      const parts = [
        a.assign.length ? `assign ${a.assign.join(", ")}` : "",
        a.unassign.length ? `unassign ${a.unassign.join(", ")}` : "",
      ];
      io.out(
        `${verb}${a.kind === "devices" ? "devices" : "groups "}  ${a.name}: ${parts.filter(Boolean).join("; ")}`,
      );
    }
    for (const name of result.orphaned)
      io.out(`orphan  ${name}  (no longer in the project; --prune deletes it)`);
    for (const f of result.failed) io.err(`failed  ${f.name}: ${f.action}: ${f.code} ${f.reason}`);
    if (result.failed.length) {
      printDiagnostics(io, [diagnostic("EH753", `${result.failed.length} deploy action(s) failed`)]);
    }
    io.out(
      `deploy to ${appliance.name}${result.dryRun ? " (dry run)" : ""}: ${result.created.length} created, ` +
        `${result.updated.length} updated, ${result.unchanged.length} unchanged, ${result.deleted.length} deleted, ` +
        `${result.deduplicated.length} deduplicated, ` +
        `${result.assignments.length} assignment change(s), ${result.failed.length} failed`,
    );
  });
}
