/** The small vocabulary every simulated endpoint is written in: a request, a reply, a route. */
import { pointerToPath, validate } from "../../build/schema.ts";
import type { SimState } from "./state.ts";

export interface SimRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Capture groups of the route pattern. */
  params: string[];
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON (or form fields for /oauth2/token); undefined when there was no body. */
  body: unknown;
}

export interface SimReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface SimContext {
  state: SimState;
  /** Call after changing state, so that it gets written to the state file. */
  changed(): void;
}

export interface Route {
  method: string;
  pattern: RegExp;
  /** False for the token endpoint, which authenticates with the client credentials itself. */
  auth?: boolean;
  handle(req: SimRequest, ctx: SimContext): SimReply | Promise<SimReply>;
}

export function reply(status: number, body?: unknown, headers?: Record<string, string>): SimReply {
  return { status, body, headers };
}

export function notFound(what: string): SimReply {
  return reply(404, { error_message: `${what} not found` });
}

/** 400 listing every schema problem of the body, like the appliance's validation errors. */
export function checkBody(schema: object, body: unknown): SimReply | undefined {
  if (body === undefined) return reply(400, { error_message: "request body required" });
  const problems = validate(schema, body);
  if (!problems.length) return undefined;
  return reply(400, {
    error_message: problems.map((p) => `${pointerToPath(p.pointer)}: ${p.message}`).join("; "),
  });
}

/** Only the listed fields, in the same order; for PATCH bodies. */
export function pick<T extends object>(from: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in from) out[k] = (from as Record<string, unknown>)[k];
  return out as Partial<T>;
}
