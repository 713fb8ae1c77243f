/**
 * `ehtrig pull`: triggers on an appliance come back into the project as TypeScript, through the
 * same path as `ehtrig import` (the script kept byte for byte, never overwriting a file). Used to
 * bring a hot fix made in the UI back into the source, or to adopt an appliance's triggers.
 */
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import type { Project } from "../../build/project/config.ts";
import { listTriggers } from "../deploy/create.ts";
import type { RemoteTrigger } from "../deploy/plan.ts";
import type { RestClient } from "../rest/client.ts";
import { writeImported, type ImportedFile } from "./import-trigger.ts";
import type { ImportedTrigger } from "./read-import.ts";

export interface PullChoice {
  /** A trigger name on the appliance. */
  name?: string;
  /** Every trigger whose author is the project's. */
  all?: boolean;
}

function asImported(t: RemoteTrigger & { apply_all?: boolean }): ImportedTrigger {
  return {
    name: t.name,
    author: t.author ?? "",
    description: t.description ?? "",
    debug: t.debug ?? false,
    disabled: t.disabled ?? false,
    events: t.events ?? [],
    hints: (t.hints as Record<string, unknown> | null) ?? {},
    script: t.script ?? "",
    applyAll: t.apply_all === true,
  };
}

/** The triggers the choice means; of several with one name, the project's own (managed) one. */
function choose(
  remote: RemoteTrigger[],
  choice: PullChoice,
  author: string,
  appliance: string,
): RemoteTrigger[] {
  if (choice.all) {
    const mine = remote.filter((t) => t.author === author);
    if (!mine.length)
      throw new EhtrigError([diagnostic("EH756", `no trigger by author "${author}" on ${appliance}`)]);
    return mine;
  }
  const named = remote.filter((t) => t.name === choice.name);
  const managed = named.filter((t) => t.author === author);
  const picked = managed.length ? managed : named;
  if (picked.length === 1) return picked;
  const why = picked.length
    ? `${picked.length} triggers are named "${choice.name}" on ${appliance} (ids ${picked.map((t) => t.id).join(", ")})`
    : `no trigger named "${choice.name}" on ${appliance}`;
  throw new EhtrigError([diagnostic("EH756", why)]);
}

export async function pullTriggers(
  client: RestClient,
  project: Project,
  appliance: string,
  choice: PullChoice,
  dryRun = false,
): Promise<ImportedFile[]> {
  const picked = choose(await listTriggers(client), choice, project.author, appliance);
  const ids = picked.map((t) => t.id).join(", ");
  return writeImported(picked.map(asImported), `${appliance}: trigger id ${ids}`, project, dryRun);
}
