/** Reads and changes ticket tracking (GET / PATCH /extrahop/ticketing). */
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import type { RestClient } from "../rest/client.ts";
import schema from "../rest/schemas/ticketing.schema.json" with { type: "json" };
import { fromApi, toApi, type TicketingSettings } from "./ticketing-fields.ts";

export async function readTicketing(client: RestClient): Promise<TicketingSettings> {
  const answer = await client.request<Record<string, unknown>>("GET", "/extrahop/ticketing", {
    schema,
    expect: [200],
  });
  return fromApi(answer.body);
}

export const TICKET_PLACEHOLDER = "$ticket_id";

/** Applies the change and returns the settings as the appliance reports them afterwards. */
export async function changeTicketing(
  client: RestClient,
  change: Partial<TicketingSettings>,
): Promise<TicketingSettings> {
  if (change.urlTemplate) checkTemplate(change.urlTemplate);
  const body = toApi(change);
  if (!Object.keys(body).length) {
    throw new EhtrigError([diagnostic("EH735", "nothing to change")], 2);
  }
  await client.request("PATCH", "/extrahop/ticketing", { body });
  return readTicketing(client);
}

export function checkTemplate(template: string): void {
  let url: URL | undefined;
  try {
    url = new URL(template.replace(TICKET_PLACEHOLDER, "TICKET"));
  } catch {
    url = undefined;
  }
  if (!template.includes(TICKET_PLACEHOLDER) || !url || !/^https?:$/.test(url.protocol)) {
    throw new EhtrigError([
      diagnostic(
        "EH735",
        `URL template "${template}" must be an http(s) URL containing ${TICKET_PLACEHOLDER}`,
        {
          hint: "For example https://jira.example.com/browse/$ticket_id",
        },
      ),
    ]);
  }
}
