/**
 * The ExtraHop REST client: one keep-alive agent per appliance (its socket limit is the bounded
 * concurrency), TLS verification always on, an optional private CA, per-attempt timeouts,
 * retries with backoff (retry.ts), authentication (auth.ts) and JSON Schema checks of the answers
 * (so a surprise from the appliance becomes a diagnostic, not a crash). It never prints.
 */
import http from "node:http";
import https from "node:https";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { pointerToPath, validate } from "../../build/schema.ts";
import { createAuth, type Auth, type AuthSpec, type TokenAnswer } from "./auth.ts";
import { networkError, RestError, statusError, unexpectedAnswer } from "./errors.ts";
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryableNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  sleep,
  type RetryPolicy,
} from "./retry.ts";
import tokenSchema from "./schemas/oauth-token.schema.json" with { type: "json" };

export interface ClientOptions {
  /** "host", "host:port", "https://host[:port]" (a trailing /api/v1 is accepted). */
  host: string;
  auth: AuthSpec;
  /** PEM of a private CA that signs the appliance's certificate. */
  ca?: string | Buffer;
  /** Per attempt, milliseconds. */
  timeoutMs?: number;
  /** Requests in flight at once (sockets of the agent). */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** For tests: deterministic jitter. */
  random?: () => number;
}

export interface RequestOptions {
  body?: unknown;
  /** JSON Schema the answer must satisfy (2xx with a body). */
  schema?: object;
  /** False for requests that create something: they are not repeated after an ambiguous failure. */
  idempotent?: boolean;
  /**
   * The documented success statuses. Any other answer, and any body that is not JSON, is a
   * failure (EH718): a proxy's `200 text/html` login page must never count as a confirmation.
   */
  expect?: number[];
  /** Path prefix; default /api/v1. The simulated appliance's own routes use "" (they live under /ehtrig/). */
  prefix?: string;
}

export interface RestResponse<T> {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: T;
}

export interface RestClient {
  /** The origin, e.g. https://sensor.example.com:443 (never with credentials). */
  readonly origin: string;
  request<T = unknown>(method: string, path: string, opts?: RequestOptions): Promise<RestResponse<T>>;
  /** Counters for summaries and benchmarks. */
  readonly stats: { requests: number; retries: number };
  close(): void;
}

export const API_PREFIX = "/api/v1";
const LOOPBACK = new Set(["127.0.0.1", "::1", "[::1]", "localhost"]);

/** Normalise a host setting to an origin URL; refuses plain http except to loopback. */
export function originOf(host: string): URL {
  const withScheme = /^[a-z]+:\/\//i.test(host) ? host : `https://${host}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new EhtrigError([diagnostic("EH700", `"${host}" is not a host name or URL`)]);
  }
  if (url.protocol === "http:" && !LOOPBACK.has(url.hostname)) {
    throw new EhtrigError([diagnostic("EH703", `refusing plain http:// to ${url.hostname}`)]);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new EhtrigError([diagnostic("EH703", `unsupported scheme ${url.protocol} in "${host}"`)]);
  }
  if (url.username || url.password) {
    throw new EhtrigError([diagnostic("EH702", "credentials in the host URL are not accepted")]);
  }
  return new URL(url.origin);
}

/** Throws unless the answer has a documented status and, when it has a body, a JSON one. */
function checkExpected(what: string, answer: RawAnswer, expected: number[]): void {
  const type = String(answer.headers["content-type"] ?? "");
  const jsonOrEmpty = answer.text.trim() === "" || /\bjson\b/i.test(type);
  if (expected.includes(answer.status) && jsonOrEmpty) return;
  throw unexpectedAnswer(what, expected, answer.status, type, answer.text);
}

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export function createClient(opts: ClientOptions): RestClient {
  const origin = originOf(opts.host);
  const secure = origin.protocol === "https:";
  const concurrency = opts.concurrency ?? 8;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...opts.retry };
  const random = opts.random ?? Math.random;
  // rejectUnauthorized is Node's default; it is spelled out because it must never be turned off.
  const agent = secure
    ? new https.Agent({ keepAlive: true, maxSockets: concurrency, ca: opts.ca, rejectUnauthorized: true })
    : new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const stats = { requests: 0, retries: 0 };

  function send(method: string, path: string, headers: http.OutgoingHttpHeaders, body?: Buffer) {
    return new Promise<RawAnswer>((resolve, reject) => {
      const req = (secure ? https : http).request(
        {
          protocol: origin.protocol,
          hostname: origin.hostname.replace(/^\[|\]$/g, ""),
          port: origin.port,
          method,
          path,
          headers,
          agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString("utf8"),
            }),
          );
          res.on("error", reject);
        },
      );
      req.setTimeout(timeoutMs, () => {
        const err: NodeJS.ErrnoException = new Error(`timed out after ${timeoutMs} ms`);
        err.code = "EHTRIG_TIMEOUT";
        req.destroy(err);
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  /** One logical request: retries, then either a 2xx answer or a RestError. */
  async function withRetries(
    what: string,
    method: string,
    path: string,
    body: Buffer | undefined,
    idempotent: boolean,
    token?: { authorization: string; contentType: string },
  ): Promise<RawAnswer> {
    for (let attempt = 1; ; attempt++) {
      stats.requests++;
      let answer: RawAnswer;
      try {
        // Built per attempt: a bearer token may have been renewed meanwhile.
        const headers: http.OutgoingHttpHeaders = {
          Authorization: token ? token.authorization : await auth.header(),
          Accept: "application/json",
        };
        if (body) {
          headers["Content-Type"] = token ? token.contentType : "application/json";
          headers["Content-Length"] = body.length;
        }
        answer = await send(method, path, headers, body);
      } catch (err) {
        if (err instanceof EhtrigError) throw err;
        const e = err as NodeJS.ErrnoException;
        if (attempt < policy.attempts && isRetryableNetworkError(e.code, idempotent)) {
          stats.retries++;
          await sleep(backoffDelay(policy, attempt, undefined, random));
          continue;
        }
        throw networkError(what, e, attempt, opts.ca !== undefined);
      }
      // Only 2xx confirms: a redirect (say, to a login page) must never count as a sent row.
      if (answer.status >= 200 && answer.status < 300) return answer;
      if (attempt < policy.attempts && isRetryableStatus(answer.status, idempotent)) {
        stats.retries++;
        await sleep(backoffDelay(policy, attempt, parseRetryAfter(answer.headers["retry-after"]), random));
        continue;
      }
      throw statusError(what, answer.status, answer.text, attempt);
    }
  }

  function parse<T>(what: string, answer: RawAnswer, schema?: object): T {
    const type = String(answer.headers["content-type"] ?? "");
    let data: unknown = null;
    if (answer.text.trim() !== "") {
      if (!type.includes("json")) {
        if (!schema) return answer.text as T;
        throw new RestError(
          "EH718",
          `${what}: expected JSON, got ${type || "no content type"}`,
          answer.status,
        );
      }
      try {
        data = JSON.parse(answer.text);
      } catch (err) {
        throw new RestError(
          "EH718",
          `${what}: answer is not valid JSON (${(err as Error).message})`,
          answer.status,
        );
      }
    }
    if (schema) {
      const problems = validate(schema, data);
      if (problems.length) {
        const list = problems.slice(0, 5).map((p) => `${pointerToPath(p.pointer)} ${p.message}`);
        throw new RestError("EH718", `${what}: unexpected answer: ${list.join("; ")}`, answer.status);
      }
    }
    return data as T;
  }

  const requestToken = async (basic: string): Promise<TokenAnswer> => {
    const what = "POST /oauth2/token";
    const body = Buffer.from("grant_type=client_credentials");
    try {
      const answer = await withRetries(what, "POST", "/oauth2/token", body, true, {
        authorization: `Basic ${basic}`,
        contentType: "application/x-www-form-urlencoded",
      });
      return parse<TokenAnswer>(what, answer, tokenSchema);
    } catch (err) {
      if (err instanceof RestError && (err.status === 400 || err.status === 401)) {
        throw new RestError(
          "EH719",
          `${what}: the client credentials were refused (${err.status})`,
          err.status,
        );
      }
      throw err;
    }
  };
  const auth: Auth = createAuth(opts.auth, requestToken);

  return {
    origin: origin.origin,
    stats,
    async request<T>(method: string, path: string, ro: RequestOptions = {}): Promise<RestResponse<T>> {
      const what = `${method} ${path}`;
      const full = (ro.prefix ?? API_PREFIX) + path;
      const body = ro.body === undefined ? undefined : Buffer.from(JSON.stringify(ro.body));
      const idempotent = ro.idempotent ?? method !== "POST";
      let answer: RawAnswer;
      try {
        answer = await withRetries(what, method, full, body, idempotent);
      } catch (err) {
        // An expired or revoked bearer token: fetch a fresh one once.
        if (err instanceof RestError && err.status === 401 && auth.invalidate()) {
          answer = await withRetries(what, method, full, body, idempotent);
        } else throw err;
      }
      if (ro.expect) checkExpected(what, answer, ro.expect);
      return { status: answer.status, headers: answer.headers, body: parse<T>(what, answer, ro.schema) };
    },
    close() {
      agent.destroy();
    },
  };
}
