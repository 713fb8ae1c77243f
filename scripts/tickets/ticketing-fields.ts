/**
 * The JSON field names of `ticket_tracking_parameters` (GET/PATCH /extrahop/ticketing).
 *
 * UNCONFIRMED: ExtraHop's REST catalog names the schema but not its fields (see
 * /work/shared/reference/extrahop-api.md §6.4 and docs/rest.md). These names are our guess; they
 * live only here, in scripts/rest/schemas/ticketing.schema.json and in the simulator's schema,
 * so that a correction is a three-line change.
 */

/** True when external systems may track detections through the REST API. */
export const ENABLED_FIELD = "enabled";
/** The link template; `$ticket_id` is replaced by each detection's ticket id. */
export const URL_TEMPLATE_FIELD = "url_template";

export interface TicketingSettings {
  enabled: boolean;
  urlTemplate: string | null;
}

export function fromApi(body: Record<string, unknown>): TicketingSettings {
  const template = body[URL_TEMPLATE_FIELD];
  return {
    enabled: body[ENABLED_FIELD] === true,
    urlTemplate: typeof template === "string" ? template : null,
  };
}

export function toApi(change: Partial<TicketingSettings>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (change.enabled !== undefined) body[ENABLED_FIELD] = change.enabled;
  if (change.urlTemplate !== undefined) body[URL_TEMPLATE_FIELD] = change.urlTemplate;
  return body;
}
