/**
 * Which detections hold the given ticket ids on the appliance (POST /detections/search with a
 * `ticket_id` filter), so that rows addressed by ticket id fold into their detections' states.
 */
import type { RestClient } from "../rest/client.ts";
import schema from "../rest/schemas/detections.schema.json" with { type: "json" };
import type { TicketHolders } from "./fold.ts";

/** Tickets per search and detections per page: well inside the documented limit of 20,000. */
const TICKETS_PER_SEARCH = 200;
const PAGE = 1000;

export async function findTicketHolders(
  client: RestClient,
  tickets: readonly string[],
): Promise<TicketHolders> {
  const holders = new Map<string, number[]>();
  for (let i = 0; i < tickets.length; i += TICKETS_PER_SEARCH) {
    const filter = { ticket_id: tickets.slice(i, i + TICKETS_PER_SEARCH) };
    for (let offset = 0; ; offset += PAGE) {
      const answer = await client.request<Array<{ id: number; ticket_id?: string | null }>>(
        "POST",
        "/detections/search",
        // A search changes nothing, so it may be repeated after a lost answer.
        { body: { filter, limit: PAGE, offset }, schema, idempotent: true, expect: [200] },
      );
      for (const d of answer.body) {
        if (!d.ticket_id) continue;
        holders.set(d.ticket_id, [...(holders.get(d.ticket_id) ?? []), d.id]);
      }
      if (answer.body.length < PAGE) break;
    }
  }
  return holders;
}
