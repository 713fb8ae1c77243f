/**
 * REMOTE_RESPONSE (extrahop-api.md §3.2): `Remote.response` holds the answer of an HTTP target
 * to a request that set enableResponseEvent, with the request's `context`.
 */
import { EhBuffer } from "./buffer.ts";
import { apiError } from "./errors.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import type { ResponseSpec } from "./targets.ts";

export interface RemoteResponse {
  statusCode: number;
  body: EhBuffer;
  headers: Record<string, string | string[]>;
  context: unknown;
}

export function remoteResponse(spec: ResponseSpec & { context?: unknown }): RemoteResponse {
  return {
    statusCode: spec.status ?? 200,
    body: new EhBuffer(Buffer.from(spec.body ?? "", "utf8")),
    headers: { ...(spec.headers ?? {}) },
    context: spec.context === undefined ? null : spec.context,
  };
}

export function responseOf(env: EngineEnv): RemoteResponse {
  const { event, response } = env.current;
  if (event !== "REMOTE_RESPONSE" || !response)
    throw apiError(`Remote.response is only available on REMOTE_RESPONSE (this event is ${event})`);
  return response;
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Remote.response",
    status: "simulated",
    differences: [
      "Responses come from the test (scripted targets or run.respond()); nothing goes over the network.",
      "Header names keep the case the test gives them.",
    ],
  },
];
