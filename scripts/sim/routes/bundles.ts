/** /bundles: upload, list, export, and apply (which creates or overwrites the bundle's triggers). */
import { checkBody, notFound, reply, type Route } from "../route.ts";
import { addTrigger, type SimBundle } from "../state.ts";
import bundleSchema from "../schemas/bundle.schema.json" with { type: "json" };
import applySchema from "../schemas/bundle-apply.schema.json" with { type: "json" };

interface BundleTrigger {
  name: string;
  events: string;
  hints?: string;
  script: string;
  author?: string;
  comment?: string;
  debug?: boolean;
  disabled?: boolean;
  apply_all?: boolean;
}

function meta(b: SimBundle) {
  return { id: b.id, name: b.name, comment: b.comment, created: b.created };
}

export const bundleRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/api\/v1\/bundles$/,
    handle: (_req, ctx) => reply(200, ctx.state.bundles.map(meta)),
  },
  {
    method: "POST",
    pattern: /^\/api\/v1\/bundles$/,
    handle(req, ctx) {
      const bad = checkBody(bundleSchema, req.body);
      if (bad) return bad;
      const content = req.body as Record<string, unknown> & {
        ".meta": { name: string; comment?: string; created?: number };
      };
      for (const [i, t] of ((content.Trigger ?? []) as BundleTrigger[]).entries()) {
        try {
          if (!Array.isArray(JSON.parse(t.events))) throw new Error("not an array");
          JSON.parse(t.hints ?? "{}");
        } catch (err) {
          return reply(400, {
            error_message: `Trigger[${i}]: events and hints must be JSON strings (${(err as Error).message})`,
          });
        }
      }
      const m = content[".meta"];
      const bundle: SimBundle = {
        id: ctx.state.nextBundleId++,
        name: m.name,
        comment: m.comment ?? "",
        created: m.created ?? 0,
        content,
      };
      ctx.state.bundles.push(bundle);
      ctx.changed();
      return reply(201, { id: bundle.id }, { Location: `/api/v1/bundles/${bundle.id}` });
    },
  },
  {
    method: "GET",
    pattern: /^\/api\/v1\/bundles\/(\d+)$/,
    handle(req, ctx) {
      const b = ctx.state.bundles.find((x) => x.id === Number(req.params[0]));
      return b ? reply(200, b.content) : notFound(`bundle ${req.params[0]}`);
    },
  },
  {
    method: "POST",
    pattern: /^\/api\/v1\/bundles\/(\d+)\/apply$/,
    handle(req, ctx) {
      const b = ctx.state.bundles.find((x) => x.id === Number(req.params[0]));
      if (!b) return notFound(`bundle ${req.params[0]}`);
      const bad = checkBody(applySchema, req.body);
      if (bad) return bad;
      const policy = (req.body as { policy: string }).policy;
      for (const t of (b.content.Trigger ?? []) as BundleTrigger[]) {
        const fields = {
          name: t.name,
          author: t.author ?? "",
          description: t.comment ?? "",
          debug: t.debug ?? false,
          disabled: t.disabled ?? false,
          apply_all: t.apply_all ?? false,
          events: JSON.parse(t.events) as string[],
          hints: JSON.parse(t.hints ?? "{}") as Record<string, unknown>,
          script: t.script,
        };
        const existing = ctx.state.triggers.find((x) => x.name === t.name);
        if (!existing) addTrigger(ctx.state, fields);
        else if (policy === "overwrite") Object.assign(existing, fields, { mod_time: Date.now() });
      }
      ctx.changed();
      return reply(201);
    },
  },
];
