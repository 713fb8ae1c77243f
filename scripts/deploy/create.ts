/**
 * Creating a trigger without ever making a second one of the same name. A POST whose answer was
 * lost (a time-out, a dropped connection, a 5xx from a proxy) may or may not have been carried out,
 * so before trying again the appliance is asked whether a managed trigger of that name exists now;
 * if one does, that is the trigger. (A create that lands even later than that leaves a duplicate,
 * which the next deploy reconciles: see plan.ts.)
 */
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import type { RestClient } from "../rest/client.ts";
import { RestError } from "../rest/errors.ts";
import triggerSchema from "../rest/schemas/trigger.schema.json" with { type: "json" };
import type { TriggerFields } from "./desired.ts";
import type { RemoteTrigger } from "./plan.ts";

const listSchema = { type: "array", items: triggerSchema };

/** Attempts in all; each retry comes after a look by name. */
const CREATE_ATTEMPTS = 2;

export async function listTriggers(client: RestClient): Promise<RemoteTrigger[]> {
  return (await client.request<RemoteTrigger[]>("GET", "/triggers", { schema: listSchema, expect: [200] }))
    .body;
}

/** The oldest managed trigger of this name, if any. */
async function findByName(client: RestClient, fields: TriggerFields): Promise<number | undefined> {
  const mine = (await listTriggers(client)).filter(
    (t) => t.name === fields.name && t.author === fields.author,
  );
  return mine.length ? Math.min(...mine.map((t) => t.id)) : undefined;
}

/** No answer, or an answer that does not say the appliance refused: the create may have happened. */
function maybeApplied(err: unknown): boolean {
  if (!(err instanceof RestError)) return false;
  return err.status === undefined || err.status >= 500 || err.diagnostics[0].code === "EH718";
}

/** Creates the trigger (or finds the one a lost answer created) and returns its id. */
export async function createTrigger(client: RestClient, fields: TriggerFields): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await postTrigger(client, fields);
    } catch (err) {
      if (!maybeApplied(err)) throw err;
      const found = await findByName(client, fields);
      if (found !== undefined) return found;
      if (attempt >= CREATE_ATTEMPTS) throw err;
    }
  }
}

async function postTrigger(client: RestClient, fields: TriggerFields): Promise<number> {
  const answer = await client.request("POST", "/triggers", {
    body: { ...fields, apply_all: false },
    expect: [201],
  });
  const location = /\/triggers\/(\d+)\/?$/.exec(String(answer.headers.location ?? ""));
  if (location) return Number(location[1]);
  // Whether POST /triggers returns a Location header is UNCONFIRMED; find the new trigger by name.
  const found = await findByName(client, fields);
  if (found === undefined) {
    throw new EhtrigError([
      diagnostic("EH718", `POST /triggers: cannot find the new trigger "${fields.name}"`),
    ]);
  }
  return found;
}
