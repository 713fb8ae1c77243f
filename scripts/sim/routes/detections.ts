/**
 * /detections/{id} and /detections/tickets, plus the ticket tracking settings they depend on. As on
 * a real appliance (see docs/rest.md), a ticket_id sent while ticket tracking is disabled is
 * accepted and silently dropped; status, assignee and resolution are stored regardless.
 */
import { checkBody, notFound, pick, reply, type Route, type SimContext } from "../route.ts";
import type { SimDetection } from "../state.ts";
import patchSchema from "../schemas/detection-patch.schema.json" with { type: "json" };
import ticketsSchema from "../schemas/detection-tickets-patch.schema.json" with { type: "json" };
import ticketingSchema from "../schemas/ticketing-patch.schema.json" with { type: "json" };
import searchSchema from "../schemas/detection-search.schema.json" with { type: "json" };

interface Search {
  limit?: number;
  offset?: number;
  filter?: { ticket_id?: string[] };
}

const UPDATABLE = ["ticket_id", "assignee", "status", "resolution"] as const;

function apply(ctx: SimContext, d: SimDetection, body: Partial<SimDetection>): void {
  const fields = ctx.state.ticketing.enabled ? UPDATABLE : UPDATABLE.filter((f) => f !== "ticket_id");
  Object.assign(d, pick(body, fields), { mod_time: Date.now() });
}

export const detectionRoutes: Route[] = [
  {
    // Only the ticket_id filter, the one ehtrig uses; detections in id order.
    method: "POST",
    pattern: /^\/api\/v1\/detections\/search$/,
    handle(req, ctx) {
      const bad = checkBody(searchSchema, req.body);
      if (bad) return bad;
      const { limit = 1000, offset = 0, filter = {} } = req.body as Search;
      const tickets = filter.ticket_id ? new Set(filter.ticket_id) : undefined;
      const found = Object.values(ctx.state.detections)
        .filter((d) => !tickets || (d.ticket_id !== null && tickets.has(d.ticket_id)))
        .sort((a, b) => a.id - b.id);
      return reply(200, found.slice(offset, offset + limit));
    },
  },
  {
    method: "GET",
    pattern: /^\/api\/v1\/detections\/(\d+)$/,
    handle(req, ctx) {
      const d = ctx.state.detections[req.params[0]];
      return d ? reply(200, d) : notFound(`detection ${req.params[0]}`);
    },
  },
  {
    method: "PATCH",
    pattern: /^\/api\/v1\/detections\/tickets$/,
    handle(req, ctx) {
      const bad = checkBody(ticketsSchema, req.body);
      if (bad) return bad;
      if (!ctx.state.ticketing.enabled) {
        return reply(400, {
          error_message: "tracking detections from an external ticketing system is disabled",
        });
      }
      const body = req.body as Partial<SimDetection>;
      const matches = Object.values(ctx.state.detections).filter((d) => d.ticket_id === body.ticket_id);
      if (!matches.length) return notFound(`detection with ticket_id ${String(body.ticket_id)}`);
      for (const d of matches) apply(ctx, d, body);
      ctx.changed();
      return reply(204);
    },
  },
  {
    method: "PATCH",
    pattern: /^\/api\/v1\/detections\/(\d+)$/,
    handle(req, ctx) {
      const d = ctx.state.detections[req.params[0]];
      if (!d) return notFound(`detection ${req.params[0]}`);
      const bad = checkBody(patchSchema, req.body);
      if (bad) return bad;
      apply(ctx, d, req.body as Partial<SimDetection>);
      ctx.changed();
      return reply(204);
    },
  },
  {
    method: "GET",
    pattern: /^\/api\/v1\/extrahop\/ticketing$/,
    handle: (_req, ctx) => reply(200, ctx.state.ticketing),
  },
  {
    method: "PATCH",
    pattern: /^\/api\/v1\/extrahop\/ticketing$/,
    handle(req, ctx) {
      const bad = checkBody(ticketingSchema, req.body);
      if (bad) return bad;
      Object.assign(ctx.state.ticketing, req.body);
      ctx.changed();
      return reply(204);
    },
  },
];
