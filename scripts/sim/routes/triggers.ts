/** /triggers: list, create, read, partial update, delete, and device / device group assignment. */
import { checkBody, notFound, reply, type Route, type SimContext } from "../route.ts";
import { addTrigger, type SimTrigger } from "../state.ts";
import createSchema from "../schemas/trigger-create.schema.json" with { type: "json" };
import patchSchema from "../schemas/trigger-patch.schema.json" with { type: "json" };
import assignmentSchema from "../schemas/assignment.schema.json" with { type: "json" };

function find(ctx: SimContext, id: string): SimTrigger | undefined {
  return ctx.state.triggers.find((t) => t.id === Number(id));
}

const KIND = { devices: "devices", devicegroups: "devicegroups" } as const;

export const triggerRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/api\/v1\/triggers$/,
    handle: (_req, ctx) => reply(200, ctx.state.triggers),
  },
  {
    method: "POST",
    pattern: /^\/api\/v1\/triggers$/,
    handle(req, ctx) {
      const bad = checkBody(createSchema, req.body);
      if (bad) return bad;
      const t = addTrigger(ctx.state, req.body as SimTrigger);
      ctx.changed();
      return reply(201, undefined, { Location: `/api/v1/triggers/${t.id}` });
    },
  },
  {
    method: "GET",
    pattern: /^\/api\/v1\/triggers\/(\d+)$/,
    handle(req, ctx) {
      const t = find(ctx, req.params[0]);
      return t ? reply(200, t) : notFound(`trigger ${req.params[0]}`);
    },
  },
  {
    method: "PATCH",
    pattern: /^\/api\/v1\/triggers\/(\d+)$/,
    handle(req, ctx) {
      const t = find(ctx, req.params[0]);
      if (!t) return notFound(`trigger ${req.params[0]}`);
      const bad = checkBody(patchSchema, req.body);
      if (bad) return bad;
      Object.assign(t, req.body, { mod_time: Date.now() });
      ctx.changed();
      return reply(204);
    },
  },
  {
    method: "DELETE",
    pattern: /^\/api\/v1\/triggers\/(\d+)$/,
    handle(req, ctx) {
      const t = find(ctx, req.params[0]);
      if (!t) return notFound(`trigger ${req.params[0]}`);
      ctx.state.triggers = ctx.state.triggers.filter((x) => x !== t);
      delete ctx.state.assignments[t.id];
      ctx.changed();
      return reply(204);
    },
  },
  {
    method: "GET",
    pattern: /^\/api\/v1\/triggers\/(\d+)\/(devices|devicegroups)$/,
    handle(req, ctx) {
      const t = find(ctx, req.params[0]);
      if (!t) return notFound(`trigger ${req.params[0]}`);
      const ids = ctx.state.assignments[t.id]?.[KIND[req.params[1] as keyof typeof KIND]] ?? [];
      return reply(
        200,
        ids.map((id) => ({ id })),
      );
    },
  },
  {
    method: "POST",
    pattern: /^\/api\/v1\/triggers\/(\d+)\/(devices|devicegroups)$/,
    handle(req, ctx) {
      const t = find(ctx, req.params[0]);
      if (!t) return notFound(`trigger ${req.params[0]}`);
      const bad = checkBody(assignmentSchema, req.body);
      if (bad) return bad;
      const body = req.body as { assign?: number[]; unassign?: number[] };
      const slot = (ctx.state.assignments[t.id] ??= { devices: [], devicegroups: [] });
      const kind = KIND[req.params[1] as keyof typeof KIND];
      const ids = new Set(slot[kind]);
      for (const id of body.assign ?? []) ids.add(id);
      for (const id of body.unassign ?? []) ids.delete(id);
      slot[kind] = [...ids].sort((a, b) => a - b);
      ctx.changed();
      return reply(204);
    },
  },
];
