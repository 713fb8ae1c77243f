/**
 * Remote.HTTP (extrahop-api.md §3.1): requests to an HTTP Open Data Stream target. The call is
 * recorded; it returns true when queued and false when the test scripted the target to refuse.
 */
import { EhBuffer } from "./buffer.ts";
import { apiError, typeError } from "./errors.ts";
import { describe, isObjectLike, jsonCopy } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import type { OdsCall } from "./records.ts";
import { DEFAULT_TARGET } from "./targets.ts";
import { HTTP_REQUEST_METHODS, isRestrictedHeader } from "../../build/engine/remote-http.ts";

/** Payload text, and JSON when the text is JSON. */
export function payloadText(env: EngineEnv, payload: unknown, where: string): string | undefined {
  const p = env.unwrap(payload);
  if (p === undefined) return undefined;
  if (p instanceof EhBuffer) return EhBuffer.bytesOf(p).toString("utf8");
  if (typeof p !== "string")
    throw typeError(`${where}: payload must be a string or a Buffer, got ${describe(p)}`);
  return p;
}

export function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const t = text.trimStart();
  if (t[0] !== "{" && t[0] !== "[") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function checkHeaders(raw: unknown, where: string): Record<string, string> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObjectLike(raw) || Array.isArray(raw)) throw typeError(`${where}: headers must be an object`);
  const out: Record<string, string> = {};
  for (const name of Object.keys(raw)) {
    if (isRestrictedHeader(name))
      throw apiError(`${where}: the ${name} header is restricted; set it in the ODS target's configuration`);
    const v = raw[name];
    if (typeof v !== "string" && typeof v !== "number")
      throw typeError(`${where}: header ${name} must be a string, got ${describe(v)}`);
    out[name] = String(v);
  }
  return out;
}

/** The line the appliance writes for a request to a target it does not have (wording UNCONFIRMED). */
function logUnconfigured(env: EngineEnv, name: string): void {
  env.current.run.logs.push({
    level: "log",
    message: `Remote.HTTP: no HTTP Open Data Stream target named "${name}" is configured; the request was not queued`,
    truncated: false,
    suppressed: false,
  });
}

export class HttpTarget {
  readonly #env: EngineEnv;
  readonly #name: string;
  constructor(env: EngineEnv, name: string) {
    this.#env = env;
    this.#name = name;
  }

  #send(method: string, options: unknown, responses: boolean): boolean {
    const env = this.#env;
    const where = `Remote.HTTP("${this.#name}").${method.toLowerCase()}`;
    const live = env.sensor.liveOds;
    const configured = !live || env.sensor.targets.isConfigured("http", this.#name);
    if (!live) env.sensor.targets.check("Remote.HTTP", "http", this.#name);
    if (!isObjectLike(options) || Array.isArray(options))
      throw typeError(`${where}: options must be an object, got ${describe(options)}`);
    if (typeof options.path !== "string") throw typeError(`${where}: options.path must be a string`);
    const headers = checkHeaders(options.headers, where);
    const payload = payloadText(env, options.payload, where);
    const call: OdsCall = { target: this.#name, kind: "http", method, accepted: true, path: options.path };
    if (headers) call.headers = headers;
    if (payload !== undefined) {
      call.payload = payload;
      const json = parseJson(payload);
      if (json !== undefined) call.json = json;
    }
    if (responses && options.enableResponseEvent !== undefined) {
      if (typeof options.enableResponseEvent !== "boolean")
        throw typeError(`${where}: options.enableResponseEvent must be a boolean`);
      call.enableResponseEvent = options.enableResponseEvent;
    }
    if (options.context !== undefined) call.context = jsonCopy(options.context, `${where} context`);
    if (live) {
      // The simulated appliance sends accepted calls itself once the trigger has returned.
      call.accepted = configured;
      env.current.run.ods.push(call);
      if (!configured) logUnconfigured(env, this.#name);
      return call.accepted;
    }
    const script = env.sensor.targets.script(this.#name);
    call.accepted = script.takeAcceptance();
    env.current.run.ods.push(call);
    if (call.accepted && call.enableResponseEvent) {
      const answer = script.responseFor(call);
      if (answer) env.sensor.queueResponse(env.trigger.id, call, answer);
    }
    return call.accepted;
  }

  get(options: unknown): boolean {
    return this.#send("GET", options, true);
  }
  post(options: unknown): boolean {
    return this.#send("POST", options, true);
  }
  put(options: unknown): boolean {
    return this.#send("PUT", options, true);
  }
  patch(options: unknown): boolean {
    return this.#send("PATCH", options, true);
  }
  delete(options: unknown): boolean {
    // The reference's delete() has no enableResponseEvent or context.
    return this.#send("DELETE", options, false);
  }
  request(method: unknown, options: unknown): boolean {
    if (typeof method !== "string" || !(HTTP_REQUEST_METHODS as readonly string[]).includes(method))
      throw typeError(
        `Remote.HTTP("${this.#name}").request: method must be one of ${HTTP_REQUEST_METHODS.join(", ")}`,
      );
    return this.#send(method, options, true);
  }
}

/**
 * Remote.X is both a factory, `Remote.X("name")`, and the default target, `Remote.X.post(...)`:
 * a function carrying the default target's methods.
 */
export function targetFactory<T extends object>(
  create: (name: string) => T,
  methods: readonly (keyof T & string)[],
  className: string,
): ((name?: unknown) => T) & Record<string, unknown> {
  const handles = new Map<string, T>();
  const get = (name: string) => {
    let h = handles.get(name);
    if (!h) handles.set(name, (h = create(name)));
    return h;
  };
  const factory = ((name?: unknown) => {
    if (name === undefined) return get(DEFAULT_TARGET);
    if (typeof name !== "string") throw typeError(`${className}: target name must be a string`);
    return get(name);
  }) as ((name?: unknown) => T) & Record<string, unknown>;
  const props = factory as Record<string, unknown>;
  for (const m of methods) {
    props[m] = (...args: unknown[]) => (get(DEFAULT_TARGET)[m] as (...a: unknown[]) => unknown)(...args);
  }
  return factory;
}

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete", "request"] as const;

export function createHttp(env: EngineEnv) {
  return targetFactory((name) => new HttpTarget(env, name), HTTP_METHODS, "Remote.HTTP");
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Remote.HTTP",
    status: "recorded",
    differences: [
      "Nothing is sent: each request is recorded with its target, method, path, headers and payload.",
      "Requests are accepted (true) unless the test scripts the target to refuse; queue limits and target status are not simulated.",
      "Content-Encoding is recorded, not applied; the target's Additional HTTP Header is not merged.",
    ],
  },
];
