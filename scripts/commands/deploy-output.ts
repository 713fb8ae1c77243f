/**
 * What `ehtrig deploy` prints: one appliance's actions in detail, or one line per appliance of a
 * fleet and a summary. Not a command itself (it is not listed in index.ts).
 */
import { diagnostic } from "../../build/diagnostics.ts";
import type { DeployResult } from "../deploy/deploy.ts";
import type { FleetEntry } from "../deploy/fleet.ts";
import type { Io } from "../io.ts";
import { printDiagnostics, printJson } from "../report.ts";

/** "2 created, 0 updated, …, 0 failed": the counts of one appliance's deploy. */
export function counts(result: DeployResult): string {
  return (
    `${result.dryRun ? "(dry run) " : ""}${result.created.length} created, ${result.updated.length} updated, ` +
    `${result.unchanged.length} unchanged, ${result.deleted.length} deleted, ` +
    `${result.deduplicated.length} deduplicated, ${result.assignments.length} assignment change(s), ` +
    `${result.failed.length} failed`
  );
}

export function printFailures(io: Io, result: DeployResult, prefix = ""): void {
  for (const f of result.failed) io.err(`${prefix}failed  ${f.name}: ${f.action}: ${f.code} ${f.reason}`);
}

export function printResult(io: Io, appliance: string, result: DeployResult): void {
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
  printFailures(io, result);
  if (result.failed.length) {
    printDiagnostics(io, [diagnostic("EH753", `${result.failed.length} deploy action(s) failed`)]);
  }
  const counted = counts(result).replace(/^\(dry run\) /, "");
  io.out(`deploy to ${appliance}${result.dryRun ? " (dry run)" : ""}: ${counted}`);
}

export function printFleet(io: Io, entries: FleetEntry[], json?: boolean): void {
  const ok = entries.every((e) => e.ok);
  if (json) {
    const appliances = entries.map((e) =>
      e.result
        ? { appliance: e.appliance, ok: e.ok, ...e.result }
        : { appliance: e.appliance, ok: false, diagnostics: e.diagnostics },
    );
    return printJson(io, { ok, appliances });
  }
  const width = Math.max(...entries.map((e) => e.appliance.length));
  for (const e of entries) {
    const name = e.appliance.padEnd(width);
    const d = e.diagnostics?.[0];
    io.out(
      `${name}  ${e.ok ? "ok    " : "failed"}  ${e.result ? counts(e.result) : `${d?.code} ${d?.message}`}`,
    );
    if (e.result) printFailures(io, e.result, `${name}  `);
  }
  const failed = entries.filter((e) => !e.ok).length;
  io.out(`deploy to ${entries.length} appliance(s): ${entries.length - failed} succeeded, ${failed} failed`);
}
