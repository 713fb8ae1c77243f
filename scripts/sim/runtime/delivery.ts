/**
 * Sends the HTTP Open Data Stream requests of triggers running on the simulated appliance: after
 * the trigger returns, over real HTTP(S), to the host, port and protocol of the target, with its
 * Additional HTTP Header and basic authentication (a trigger's own headers win, as the reference
 * says), Content-Encoding gzip or deflate applied. Requests to one target go out one after the
 * other, in the order they were queued. settle() waits for every request, and for everything the
 * REMOTE_RESPONSE runs they cause queue in turn.
 */
import http from "node:http";
import https from "node:https";
import { deflateSync, gzipSync } from "node:zlib";
import type { OdsCall } from "../../../simulated-engine/engine/records.ts";
import { parseAdditionalHeader, type SimOdsTarget } from "./targets.ts";

export interface HttpAnswer {
  status: number;
  statusMessage: string;
  /** Response headers with the case the target sent; a repeated header is an array. */
  headers: Record<string, string | string[]>;
  body: string;
}

/** One request sent (or not), for tests and the demo. */
export interface DeliveryRecord {
  triggerId: number;
  target: string;
  method: string;
  path: string;
  /** The answer's status, or undefined when there was none. */
  status?: number;
  /** Why there was no answer (connection refused, timeout, …). */
  error?: string;
}

export interface DeliveryHooks {
  /** A problem to put in the trigger's debug log. */
  problem(triggerId: number, event: string, message: string): void;
  /** The target answered a request that set enableResponseEvent. */
  response(triggerId: number, call: OdsCall, answer: HttpAnswer): void;
}

const DEFAULT_ODS_TIMEOUT_MS = 5000;
/** Delivery records kept (the newest), so a long-running simulator does not grow without end. */
const DELIVERY_RECORDS_KEPT = 10_000;

export class OdsDelivery {
  readonly records: DeliveryRecord[] = [];
  readonly #hooks: DeliveryHooks;
  readonly #timeoutMs: number;
  /** Target name → the end of its queue. */
  readonly #queues = new Map<string, Promise<void>>();
  readonly #pending = new Set<Promise<void>>();

  constructor(hooks: DeliveryHooks, opts: { timeoutMs?: number } = {}) {
    this.#hooks = hooks;
    this.#timeoutMs = opts.timeoutMs ?? DEFAULT_ODS_TIMEOUT_MS;
  }

  /** Queues one accepted Remote.HTTP call to the target as configured now. */
  queue(triggerId: number, event: string, call: OdsCall, target: SimOdsTarget): void {
    const previous = this.#queues.get(target.name) ?? Promise.resolve();
    const next = previous.then(() => this.#deliver(triggerId, event, call, target));
    this.#queues.set(target.name, next);
    this.#pending.add(next);
    void next.finally(() => {
      this.#pending.delete(next);
      if (this.#queues.get(target.name) === next) this.#queues.delete(target.name);
    });
  }

  /** Resolves once nothing is queued or in flight, including requests made by REMOTE_RESPONSE runs. */
  async settle(): Promise<void> {
    while (this.#pending.size) await Promise.allSettled([...this.#pending]);
  }

  async #deliver(triggerId: number, event: string, call: OdsCall, target: SimOdsTarget): Promise<void> {
    const path = call.path ?? "/";
    const record: DeliveryRecord = { triggerId, target: target.name, method: call.method, path };
    this.records.push(record);
    if (this.records.length > DELIVERY_RECORDS_KEPT)
      this.records.splice(0, this.records.length - DELIVERY_RECORDS_KEPT);
    const what = `Remote.HTTP("${target.name}"): ${call.method} ${path}`;
    let answer: HttpAnswer;
    try {
      answer = await sendHttp(target, call, this.#timeoutMs);
    } catch (err) {
      record.error = (err as Error).message;
      this.#hooks.problem(triggerId, event, `${what} failed: ${record.error}`);
      return;
    }
    record.status = answer.status;
    if (answer.status >= 400) {
      const body = answer.body.length > 200 ? `${answer.body.slice(0, 200)}…` : answer.body;
      this.#hooks.problem(
        triggerId,
        event,
        `${what} answered ${answer.status} ${answer.statusMessage}${body ? `: ${body}` : ""}`,
      );
    }
    if (call.enableResponseEvent) {
      try {
        this.#hooks.response(triggerId, call, answer);
      } catch (err) {
        this.#hooks.problem(
          triggerId,
          "REMOTE_RESPONSE",
          `REMOTE_RESPONSE not delivered: ${(err as Error).message}`,
        );
      }
    }
  }
}

/** The request's headers: the target's, then the trigger's, which replace any of the same name. */
function requestHeaders(target: SimOdsTarget, call: OdsCall): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (name: string, value: string) => {
    for (const k of Object.keys(out)) if (k.toLowerCase() === name.toLowerCase()) delete out[k];
    out[name] = value;
  };
  const extra = target.additional_header ? parseAdditionalHeader(target.additional_header) : undefined;
  if (extra) set(extra[0], extra[1]);
  const auth = target.authentication;
  if (auth?.auth_type === "basic")
    set("Authorization", `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`);
  for (const [name, value] of Object.entries(call.headers ?? {})) set(name, value);
  return out;
}

function encodeBody(headers: Record<string, string>, payload: string | undefined): Buffer | undefined {
  if (payload === undefined) return undefined;
  const raw = Buffer.from(payload, "utf8");
  const encoding = Object.entries(headers)
    .find(([k]) => k.toLowerCase() === "content-encoding")?.[1]
    ?.trim()
    .toLowerCase();
  if (encoding === "gzip") return gzipSync(raw);
  if (encoding === "deflate") return deflateSync(raw);
  return raw;
}

function answerHeaders(raw: string[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [name, value] = [raw[i]!, raw[i + 1]!];
    const have = out[name];
    out[name] = have === undefined ? value : Array.isArray(have) ? [...have, value] : [have, value];
  }
  return out;
}

function sendHttp(target: SimOdsTarget, call: OdsCall, timeoutMs: number): Promise<HttpAnswer> {
  const headers = requestHeaders(target, call);
  const body = encodeBody(headers, call.payload);
  if (body) headers["Content-Length"] = String(body.length);
  const secure = target.protocol === "https";
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      {
        host: target.host,
        port: target.port,
        method: call.method,
        path: call.path,
        headers,
        agent: false,
        timeout: timeoutMs,
        ...(secure ? { rejectUnauthorized: target.skip_cert_verification !== true } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            statusMessage: res.statusMessage ?? "",
            headers: answerHeaders(res.rawHeaders),
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}
