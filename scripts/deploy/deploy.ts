/**
 * `ehtrig deploy` as a library: build and verify, refuse on any problem, plan against the
 * appliance, then apply the plan (or only report it, for --dry-run). Returns what happened; the
 * command prints it.
 */
import { buildProject, type Project } from "../../build/index.ts";
import { DEFAULT_AUTHOR } from "../../build/project/config.ts";
import { diagnostic, EhtrigError, hasErrors, type Diagnostic } from "../../build/diagnostics.ts";
import type { Appliance } from "../rest/appliances.ts";
import type { RestClient } from "../rest/client.ts";
import { RestError } from "../rest/errors.ts";
import { redact } from "../rest/secrets.ts";
import triggerSchema from "../rest/schemas/trigger.schema.json" with { type: "json" };
import { applyAssignment, assignmentChanges, type AssignmentChange } from "./assignments.ts";
import { desiredTriggers, type TriggerFields } from "./desired.ts";
import { describeChanges } from "./diff.ts";
import { planDeploy, type RemoteTrigger } from "./plan.ts";

const listSchema = { type: "array", items: triggerSchema };

export interface DeployOptions {
  project: Project;
  appliance: Appliance;
  client: RestClient;
  dryRun?: boolean;
  prune?: boolean;
}

export interface DeployResult {
  dryRun: boolean;
  created: string[];
  /** `changes`: one readable line per field (before → after; scripts as line counts). */
  updated: Array<{ name: string; fields: string[]; changes: string[] }>;
  unchanged: string[];
  deleted: string[];
  /** Managed triggers no longer in the project, left alone without --prune. */
  orphaned: string[];
  assignments: Array<{ name: string } & AssignmentChange>;
  failed: Array<{ name: string; action: string; code: string; reason: string }>;
  /** Build warnings worth showing. */
  diagnostics: Diagnostic[];
}

export async function deploy(opts: DeployOptions): Promise<DeployResult> {
  const { project, appliance, client } = opts;
  if (opts.prune && project.author === DEFAULT_AUTHOR) {
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
  if (opts.prune && desired.length === 0) {
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
  const remote = (await client.request<RemoteTrigger[]>("GET", "/triggers", { schema: listSchema })).body;
  const plan = planDeploy(desired, remote, project.author);
  if (plan.problems.length) throw new EhtrigError(plan.problems);

  const result: DeployResult = {
    dryRun: !!opts.dryRun,
    created: plan.create.map((d) => d.fields.name),
    updated: plan.update.map((u) => ({
      name: u.desired.fields.name,
      fields: Object.keys(u.changes),
      changes: describeChanges(u.changes, u.before),
    })),
    unchanged: plan.unchanged.map((u) => u.desired.fields.name),
    deleted: opts.prune ? plan.orphaned.map((r) => r.name) : [],
    orphaned: opts.prune ? [] : plan.orphaned.map((r) => r.name),
    assignments: [],
    failed: [],
    diagnostics: build.diagnostics,
  };
  const fail = (name: string, action: string, err: unknown) => {
    if (!(err instanceof EhtrigError)) throw err;
    const d = err.diagnostics[0];
    result.failed.push({ name, action, code: d.code, reason: redact(d.message) });
  };

  // Remote id per project trigger id, for assignments; filled as triggers are created.
  const remoteIds = new Map<string, number | undefined>();
  for (const u of [...plan.update, ...plan.unchanged]) remoteIds.set(u.desired.id, u.remoteId);

  if (!opts.dryRun) {
    for (const d of plan.create) {
      try {
        remoteIds.set(d.id, await createTrigger(client, d.fields));
      } catch (err) {
        fail(d.fields.name, "create", err);
      }
    }
    for (const u of plan.update) {
      try {
        await client.request("PATCH", `/triggers/${u.remoteId}`, { body: u.changes });
      } catch (err) {
        fail(u.desired.fields.name, "update", err);
      }
    }
    if (opts.prune) {
      for (const r of plan.orphaned) {
        try {
          await client.request("DELETE", `/triggers/${r.id}`);
        } catch (err) {
          // 404 after a retried DELETE: the first attempt did it and its answer was lost.
          if (!(err instanceof RestError && err.status === 404)) fail(r.name, "delete", err);
        }
      }
    }
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

async function createTrigger(client: RestClient, fields: TriggerFields): Promise<number> {
  const answer = await client.request("POST", "/triggers", { body: { ...fields, apply_all: false } });
  const location = /\/triggers\/(\d+)\/?$/.exec(String(answer.headers.location ?? ""));
  if (location) return Number(location[1]);
  // Whether POST /triggers returns a Location header is UNCONFIRMED; find the new trigger by name.
  const list = (await client.request<RemoteTrigger[]>("GET", "/triggers", { schema: listSchema })).body;
  const mine = list.filter((t) => t.name === fields.name && t.author === fields.author);
  if (mine.length !== 1) {
    throw new EhtrigError([
      diagnostic("EH718", `POST /triggers: cannot find the new trigger "${fields.name}"`),
    ]);
  }
  return mine[0].id;
}
