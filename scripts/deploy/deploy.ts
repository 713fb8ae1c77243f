/**
 * `ehtrig deploy` as a library: build and verify, refuse on any problem, plan against what is on
 * the appliance now (reconciling by name, so a run after any fault repairs what the fault left),
 * then apply the plan (or only report it, for --dry-run). Returns what really happened per trigger:
 * an action appears under created/updated/deleted only once the appliance confirmed it.
 */
import { relative } from "node:path";
import { buildProject, type Project } from "../../build/index.ts";
import { DEFAULT_AUTHOR } from "../../build/project/config.ts";
import { diagnostic, EhtrigError, hasErrors, type Diagnostic } from "../../build/diagnostics.ts";
import type { Appliance } from "../rest/appliances.ts";
import type { RestClient } from "../rest/client.ts";
import { RestError } from "../rest/errors.ts";
import { redact } from "../rest/secrets.ts";
import { applyAssignment, assignmentChanges, type AssignmentChange } from "./assignments.ts";
import { createTrigger, listTriggers } from "./create.ts";
import { desiredTriggers, type DesiredTrigger } from "./desired.ts";
import { describeChanges } from "./diff.ts";
import { isBuiltByEhtrig } from "./drift.ts";
import { planDeploy, type Plan } from "./plan.ts";
import { unifiedDiff } from "./unified-diff.ts";

export interface DeployOptions {
  project: Project;
  appliance: Appliance;
  client: RestClient;
  dryRun?: boolean;
  prune?: boolean;
}

/** The project, built and checked once, ready to go to any number of appliances. */
export interface PreparedDeploy {
  project: Project;
  desired: DesiredTrigger[];
  /** Build warnings worth showing. */
  diagnostics: Diagnostic[];
  prune: boolean;
}

export interface DeployResult {
  dryRun: boolean;
  created: string[];
  /** `changes`: one readable line per field (before → after; scripts as line counts). */
  updated: Array<{ name: string; fields: string[]; changes: string[] }>;
  unchanged: string[];
  deleted: string[];
  /** Extra managed triggers of a project trigger's name (left by a lost create), deleted. */
  deduplicated: Array<{ name: string; kept: number; deleted: number[] }>;
  /** Managed triggers no longer in the project, left alone without --prune. */
  orphaned: string[];
  assignments: Array<{ name: string } & AssignmentChange>;
  failed: Array<{ name: string; action: string; code: string; reason: string }>;
  /** Build warnings worth showing. */
  diagnostics: Diagnostic[];
}

export async function deploy(opts: DeployOptions): Promise<DeployResult> {
  return deployTo(await prepareDeploy(opts.project, !!opts.prune), opts);
}

/** Builds and verifies; refuses (before any appliance is contacted) what no appliance should get. */
export async function prepareDeploy(project: Project, prune: boolean): Promise<PreparedDeploy> {
  if (prune && project.author === DEFAULT_AUTHOR) {
    // Every project without an `author` (and every copy of the example config) stamps the same
    // default, so "managed" would take in triggers other projects deployed, and --prune would
    // delete them.
    throw new EhtrigError(
      [
        diagnostic(
          "EH602",
          `--prune needs an \`author\` of this project's own in ehtrig.config.json: "${project.author}" is every ehtrig project's default`,
          {
            hint:
              'Set "author" to a name only this project uses. Triggers already deployed as "ehtrig" then ' +
              "belong to another author (EH751): change their author or delete them in the UI first.",
          },
        ),
      ],
      2,
    );
  }
  const build = await buildProject(project);
  if (!build.ok || hasErrors(build.diagnostics)) {
    throw new EhtrigError([
      ...build.diagnostics,
      diagnostic("EH750", "the project does not build; nothing was deployed"),
    ]);
  }
  const desired = desiredTriggers(build.triggers, project.author);
  if (prune && desired.length === 0) {
    throw new EhtrigError(
      [
        diagnostic(
          "EH602",
          `--prune with no triggers in ${project.triggersDir} would delete every trigger by "${project.author}"`,
          { hint: "Run deploy from the project folder; to remove all its triggers, delete them in the UI." },
        ),
      ],
      2,
    );
  }
  return { project, desired, diagnostics: build.diagnostics, prune };
}

/** Plans against one appliance and applies the plan (or only reports it, for a dry run). */
export async function deployTo(
  prepared: PreparedDeploy,
  opts: { appliance: Appliance; client: RestClient; dryRun?: boolean; force?: boolean },
): Promise<DeployResult> {
  const { project, desired } = prepared;
  const { appliance, client } = opts;
  const ids = new Set(desired.map((d) => d.id));
  const unknown = Object.keys(appliance.assignments).filter((id) => !ids.has(id));
  if (unknown.length) {
    throw new EhtrigError(
      unknown.map((id) =>
        diagnostic(
          "EH754",
          `appliances.${appliance.name}.assignments names "${id}", which is not a trigger of this project`,
        ),
      ),
    );
  }
  const remote = await listTriggers(client);
  const plan = planDeploy(desired, remote, project.author);
  if (!opts.force) plan.problems.push(...driftProblems(plan, project, appliance.name));
  if (plan.problems.length) throw new EhtrigError(plan.problems);

  const dryRun = !!opts.dryRun;
  const result: DeployResult = {
    dryRun,
    created: [],
    updated: [],
    unchanged: plan.unchanged.map((u) => u.desired.fields.name),
    deleted: [],
    deduplicated: [],
    orphaned: prepared.prune ? [] : plan.orphaned.map((r) => r.name),
    assignments: [],
    failed: [],
    diagnostics: prepared.diagnostics,
  };
  const fail = (name: string, action: string, err: unknown) => {
    if (!(err instanceof EhtrigError)) throw err;
    const d = err.diagnostics[0];
    result.failed.push({ name, action, code: d.code, reason: redact(d.message) });
  };
  /** Runs one action (not in a dry run); true when it was carried out (or would be). */
  const act = async (name: string, action: string, run: () => Promise<unknown>): Promise<boolean> => {
    if (dryRun) return true;
    try {
      await run();
      return true;
    } catch (err) {
      fail(name, action, err);
      return false;
    }
  };
  // A retried DELETE answered 404: the first attempt did it and its answer was lost.
  const remove = async (id: number) => {
    try {
      await client.request("DELETE", `/triggers/${id}`, { expect: [204] });
    } catch (err) {
      if (!(err instanceof RestError && err.status === 404)) throw err;
    }
  };

  // Remote id per project trigger id, for assignments; filled as triggers are created.
  const remoteIds = new Map<string, number | undefined>();
  for (const u of [...plan.update, ...plan.unchanged]) remoteIds.set(u.desired.id, u.remoteId);

  for (const dup of plan.duplicates) {
    const deleted: number[] = [];
    for (const id of dup.remove)
      if (await act(dup.name, "delete duplicate", () => remove(id))) deleted.push(id);
    if (deleted.length) result.deduplicated.push({ name: dup.name, kept: dup.keep, deleted });
  }
  for (const d of plan.create) {
    const name = d.fields.name;
    if (await act(name, "create", async () => remoteIds.set(d.id, await createTrigger(client, d.fields))))
      result.created.push(name);
  }
  for (const u of plan.update) {
    const name = u.desired.fields.name;
    const patch = () =>
      client.request("PATCH", `/triggers/${u.remoteId}`, { body: u.changes, expect: [204] });
    if (await act(name, "update", patch))
      result.updated.push({
        name,
        fields: Object.keys(u.changes),
        changes: describeChanges(u.changes, u.before),
      });
  }
  if (prepared.prune) {
    for (const r of plan.orphaned)
      if (await act(r.name, "delete", () => remove(r.id))) result.deleted.push(r.name);
  }

  for (const d of desired) {
    const want = appliance.assignments[d.id];
    if (!want) continue;
    const remoteId = remoteIds.get(d.id);
    // A trigger that failed to be created gets no assignment (its failure is already reported).
    if (!opts.dryRun && remoteId === undefined) continue;
    try {
      for (const change of await assignmentChanges(client, remoteId, want)) {
        if (!opts.dryRun) await applyAssignment(client, remoteId!, change);
        result.assignments.push({ name: d.fields.name, ...change });
      }
    } catch (err) {
      fail(d.fields.name, "assign", err);
    }
  }
  return result;
}

/** Updates that would overwrite a script ehtrig did not write as it stands (a hot fix in the UI). */
function driftProblems(plan: Plan, project: Project, appliance: string): Diagnostic[] {
  const folder = relative(project.root, project.triggersDir).split("\\").join("/");
  return plan.update
    .filter((u) => u.changes.script !== undefined && !isBuiltByEhtrig(u.before.script ?? ""))
    .map((u) => {
      const name = u.desired.fields.name;
      const source = `${folder}/${u.desired.id}.ts`;
      const diff = unifiedDiff(
        u.before.script ?? "",
        u.changes.script!,
        `${appliance}: ${name}`,
        `${source} (built)`,
      );
      return diagnostic(
        "EH755",
        `"${name}" was changed on the appliance since ehtrig deployed it (or ehtrig never wrote it); deploy would overwrite it:\n${diff}`,
        { trigger: u.desired.id },
      );
    });
}
