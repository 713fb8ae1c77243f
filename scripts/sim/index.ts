/**
 * The simulated ExtraHop appliance: a real HTTPS server on 127.0.0.1 serving the REST subset that
 * ehtrig uses, with real status codes, request validation, persisted state, a log of every request
 * and fault injection. Tests and benchmarks start it with startSimulatedAppliance(); `ehtrig sim`
 * runs it from the command line.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { generateCertificate } from "./cert.ts";
import { faultPicker, type FaultOptions } from "./faults.ts";
import { reply, type Route, type SimContext, type SimReply, type SimRequest } from "./route.ts";
import { bundleRoutes } from "./routes/bundles.ts";
import { detectionRoutes } from "./routes/detections.ts";
import { oauthRoutes, type OAuthClients } from "./routes/oauth.ts";
import { ehtrigRoutes } from "./routes/ehtrig.ts";
import { triggerRoutes } from "./routes/triggers.ts";
import { createApplianceApi, type ApplianceApi } from "./runtime/api.ts";
import type { DeliveryRecord } from "./runtime/delivery.ts";
import { TriggerHost } from "./runtime/host.ts";
import { checkTargets, type SimOdsTarget } from "./runtime/targets.ts";
import { loadState, saveState, seedState, type SeedOptions, type SimState } from "./state.ts";

export interface SimOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** State file: loaded at start when it exists, written after changes and on close. */
  stateFile?: string;
  /** Initial state when there is no state file. */
  seed?: SeedOptions;
  /** The API key clients must send; random when absent. */
  apiKey?: string;
  /** OAuth2 clients (id → secret) for RevealX 360 style access. */
  oauthClients?: Record<string, string>;
  /** Seconds a bearer token lives. Default 3600. */
  tokenLifetime?: number;
  faults?: FaultOptions;
  /** Write the certificate (its own CA) here too. */
  caFile?: string;
  /** Keep request bodies in the log (default true). */
  logBodies?: boolean;
  /**
   * Open Data Stream targets to start with (`ehtrig sim --targets FILE`); they replace those of
   * the state file. Checked like PUT /ehtrig/odstargets (EH801, EH802).
   */
  odsTargets?: SimOdsTarget[];
  /** ES2015+ built-ins the trigger engine allows (build/engine/language.ts); default none. */
  engineBuiltins?: readonly string[];
  /** Per-event time limit of a trigger run. Default 1000 ms. */
  timeLimitMs?: number;
  /** How long an ODS request may wait for its answer. Default 5000 ms. */
  odsTimeoutMs?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  body?: unknown;
  /** Set when a fault answered instead of the endpoint. */
  fault?: string;
}

/**
 * The running appliance. Besides the REST surface, in-process versions of the simulator-only
 * /ehtrig/ routes (ApplianceApi: createDetection, updateDetection, setOdsTargets, odsTargets,
 * triggerLog, settle), for demos and tests.
 */
export interface SimulatedAppliance extends ApplianceApi {
  /** https://127.0.0.1:PORT */
  url: string;
  host: string;
  port: number;
  caPem: string;
  caFile?: string;
  apiKey: string;
  state: SimState;
  /** Every request in arrival order, faulted ones included. */
  requests: LoggedRequest[];
  /** Every Open Data Stream request triggers made, in the order sent, with its status or error. */
  deliveries: DeliveryRecord[];
  setFaults(faults: FaultOptions | undefined): void;
  /**
   * Moves the appliance's packet time ahead of the wall clock (in-process only, for tests): Session
   * entries expire as if that much time had passed. Returns the new packet time.
   */
  advanceClock(ms: number): number;
  /** Forget every issued OAuth2 token, as a revocation or restart would: clients get 401 next. */
  revokeTokens(): void;
  /** Write the state file now. */
  flush(): void;
  close(): Promise<void>;
}

const SAVE_DELAY_MS = 50;

const LOGIN_PAGE =
  "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Proxy login</body></html>\n";

export async function startSimulatedAppliance(opts: SimOptions = {}): Promise<SimulatedAppliance> {
  const { key, cert } = await generateCertificate();
  if (opts.caFile) writeFileSync(opts.caFile, cert);
  const apiKey = opts.apiKey ?? randomBytes(18).toString("base64url");
  const state = (opts.stateFile && loadState(opts.stateFile)) || seedState(opts.seed);
  const requests: LoggedRequest[] = [];
  const oauth: OAuthClients = {
    clients: new Map(Object.entries(opts.oauthClients ?? {})),
    tokens: new Map(),
    tokenLifetime: opts.tokenLifetime ?? 3600,
  };
  // Given targets replace the saved ones; saved ones are checked too (the file may be hand-edited).
  state.odsTargets = checkTargets(
    opts.odsTargets ?? state.odsTargets ?? [],
    opts.odsTargets ? "ODS targets" : `${opts.stateFile ?? "state"}: odsTargets`,
  );
  let pickFault = faultPicker(opts.faults);
  let faults = opts.faults;

  let saveTimer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = undefined;
    if (opts.stateFile) saveState(opts.stateFile, state);
  };
  const ctx: SimContext = {
    state,
    changed() {
      // A deleted trigger takes its loaded script and its log with it.
      host.prune();
      if (opts.stateFile && !saveTimer) saveTimer = setTimeout(flush, SAVE_DELAY_MS);
    },
  };
  const host = new TriggerHost(state, {
    builtins: opts.engineBuiltins,
    timeLimitMs: opts.timeLimitMs,
    odsTimeoutMs: opts.odsTimeoutMs,
  });
  const api = createApplianceApi(ctx, host);
  const routes: Route[] = [
    ...oauthRoutes(oauth),
    ...triggerRoutes,
    ...detectionRoutes,
    ...bundleRoutes,
    ...ehtrigRoutes(api),
  ];

  function authorized(req: SimRequest): boolean {
    const header = String(req.headers.authorization ?? "");
    if (header === `ExtraHop apikey=${apiKey}`) return true;
    const bearer = /^Bearer (.+)$/.exec(header);
    const expiry = bearer ? oauth.tokens.get(bearer[1]) : undefined;
    return expiry !== undefined && expiry > Date.now();
  }

  function route(req: SimRequest): SimReply | Promise<SimReply> {
    let pathKnown = false;
    for (const r of routes) {
      const m = r.pattern.exec(req.path);
      if (!m) continue;
      pathKnown = true;
      if (r.method !== req.method) continue;
      if (r.auth !== false && !authorized(req)) return reply(401, { error_message: "Unauthorized" });
      return r.handle({ ...req, params: m.slice(1) }, ctx);
    }
    if (!authorized(req)) return reply(401, { error_message: "Unauthorized" });
    return pathKnown
      ? reply(405, { error_message: "method not allowed" })
      : reply(404, { error_message: "no such endpoint" });
  }

  const server = https.createServer({ key, cert, keepAliveTimeout: 10_000 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "https://sim");
      const entry: LoggedRequest = { method: req.method ?? "GET", path: url.pathname, status: 0 };
      requests.push(entry);
      const fault = pickFault(entry.method);
      if (fault === "reset") {
        entry.fault = fault;
        req.socket.destroy();
        return;
      }
      if (fault === "slow") {
        entry.fault = fault;
        await new Promise((r) => setTimeout(r, faults?.slowMs ?? 200));
      }
      let out: SimReply;
      if (fault === "html") {
        // A proxy's login page: 200, but nothing reached the appliance.
        entry.fault = fault;
        entry.status = 200;
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end(LOGIN_PAGE);
        return;
      }
      if (fault && fault !== "slow" && fault !== "lost") {
        entry.fault = fault;
        const retryAfter =
          fault === "429" || fault === "503" ? { "Retry-After": String(faults?.retryAfter ?? 0) } : undefined;
        out = reply(Number(fault), { error_message: `simulated fault ${fault}` }, retryAfter);
      } else {
        const text = Buffer.concat(chunks).toString("utf8");
        let body: unknown;
        try {
          body = parseBody(text, String(req.headers["content-type"] ?? ""));
        } catch {
          body = Symbol.for("invalid");
        }
        if (opts.logBodies !== false) entry.body = body;
        out =
          body === Symbol.for("invalid")
            ? reply(400, { error_message: "request body is not valid JSON" })
            : await route({
                method: entry.method,
                path: url.pathname,
                params: [],
                query: url.searchParams,
                headers: req.headers,
                body,
              });
      }
      entry.status = out.status;
      if (fault === "lost") {
        // Carried out, but the answer never arrives.
        entry.fault = fault;
        req.socket.destroy();
        return;
      }
      const payload = out.body === undefined ? "" : JSON.stringify(out.body);
      res.writeHead(out.status, {
        ...(payload ? { "Content-Type": "application/json" } : {}),
        "Content-Length": Buffer.byteLength(payload),
        ...out.headers,
      });
      res.end(payload);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    port,
    caPem: cert,
    caFile: opts.caFile,
    apiKey,
    state,
    requests,
    deliveries: host.delivery.records,
    ...api,
    revokeTokens() {
      oauth.tokens.clear();
    },
    advanceClock(ms) {
      host.sensor.advance(ms);
      return host.sensor.clock.now;
    },
    setFaults(f) {
      faults = f;
      pickFault = faultPicker(f);
    },
    flush,
    async close() {
      await host.delivery.settle();
      host.dispose();
      flush();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function parseBody(text: string, type: string): unknown {
  if (text === "") return undefined;
  if (type.includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(text));
  return JSON.parse(text);
}
