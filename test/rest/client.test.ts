import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { EhtrigError } from "../../build/diagnostics.ts";
import { createAuth } from "../../scripts/rest/auth.ts";
import { createClient, originOf } from "../../scripts/rest/client.ts";
import { backoffDelay, parseRetryAfter } from "../../scripts/rest/retry.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";

/** A loopback HTTP server answering from a script, for exact retry sequences. */
async function scripted(
  answers: Array<{ status: number; headers?: Record<string, string>; body?: string } | "hang">,
) {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const a = answers.shift() ?? { status: 200, body: "{}" };
    if (a === "hang") return; // never answers
    res.writeHead(a.status, { "Content-Type": "application/json", ...a.headers });
    res.end(a.body ?? "");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const fast = { attempts: 4, baseDelayMs: 5, maxDelayMs: 200 };
const key = { kind: "apikey" as const, apiKey: "k-123456" };

function code(err: unknown): string {
  return err instanceof EhtrigError ? err.diagnostics[0].code : String(err);
}

describe("REST client", () => {
  it("retries 429, 502, 503 and 504, honouring Retry-After", async () => {
    const s = await scripted([
      { status: 429, headers: { "Retry-After": "0.05" } },
      { status: 502 },
      { status: 503 },
      { status: 504 },
      { status: 200, body: '{"ok":true}' },
    ]);
    closers.push(s.close);
    const c = createClient({ host: s.url, auth: key, retry: { ...fast, attempts: 6 } });
    closers.push(() => c.close());
    const r = await c.request("GET", "/x");
    expect(r.body).toEqual({ ok: true });
    expect(s.seen).toHaveLength(5);
    expect(c.stats).toEqual({ requests: 5, retries: 4 });
  });

  it("gives up after the last attempt with a clear message, and does not retry 500 or 404", async () => {
    const s = await scripted([
      { status: 503 },
      { status: 503 },
      { status: 503 },
      { status: 503 },
      { status: 500 },
      { status: 404, body: '{"error_message":"detection 9 not found"}' },
    ]);
    closers.push(s.close);
    const c = createClient({ host: s.url, auth: key, retry: fast });
    closers.push(() => c.close());
    const err = await c.request("PATCH", "/detections/9", { body: {} }).catch((e) => e);
    expect(code(err)).toBe("EH717");
    expect(err.message).toContain("HTTP 503 after 4 attempts");
    expect(code(await c.request("GET", "/a").catch((e) => e))).toBe("EH717");
    const nf = await c.request("GET", "/b").catch((e) => e);
    expect(code(nf)).toBe("EH715");
    expect(nf.message).toContain("detection 9 not found");
    expect(s.seen).toHaveLength(6);
  });

  it("does not take a redirect for success", async () => {
    const s = await scripted([{ status: 302, headers: { Location: "/login" } }]);
    closers.push(s.close);
    const c = createClient({ host: s.url, auth: key, retry: fast });
    closers.push(() => c.close());
    const err = await c.request("PATCH", "/detections/1", { body: { status: "closed" } }).catch((e) => e);
    expect(code(err)).toBe("EH717");
    expect(err.message).toContain("HTTP 302");
  });

  it("repeats a POST only on 429, never after an ambiguous failure", async () => {
    const s = await scripted([{ status: 429 }, { status: 503 }]);
    closers.push(s.close);
    const c = createClient({ host: s.url, auth: key, retry: fast });
    closers.push(() => c.close());
    expect(code(await c.request("POST", "/triggers", { body: { name: "x" } }).catch((e) => e))).toBe("EH717");
    expect(s.seen).toEqual(["POST /api/v1/triggers", "POST /api/v1/triggers"]);
  });

  it("times out a request that never answers", async () => {
    const s = await scripted(["hang", "hang"]);
    closers.push(s.close);
    const c = createClient({ host: s.url, auth: key, timeoutMs: 100, retry: { ...fast, attempts: 2 } });
    closers.push(() => c.close());
    const err = await c.request("GET", "/slow").catch((e) => e);
    expect(code(err)).toBe("EH712");
    expect(err.message).toContain("no answer after 2 attempts");
    expect(s.seen).toHaveLength(2);
  });

  it("reports an answer of the wrong shape as EH718, not a crash", async () => {
    const s = await scripted([
      { status: 200, body: '{"enabled":"yes"}' },
      { status: 200, body: "not json" },
    ]);
    closers.push(s.close);
    const c = createClient({ host: s.url, auth: key });
    closers.push(() => c.close());
    const schema = { type: "object", required: ["enabled"], properties: { enabled: { type: "boolean" } } };
    const e1 = await c.request("GET", "/extrahop/ticketing", { schema }).catch((e) => e);
    expect(code(e1)).toBe("EH718");
    expect(e1.message).toContain("enabled must be boolean");
    expect(code(await c.request("GET", "/extrahop/ticketing", { schema }).catch((e) => e))).toBe("EH718");
  });

  it("refuses plain http:// except to loopback, and credentials in the URL", () => {
    expect(() => originOf("http://sensor.example.com")).toThrow(/EH703/);
    expect(originOf("http://127.0.0.1:8080").origin).toBe("http://127.0.0.1:8080");
    expect(originOf("sensor.example.com").origin).toBe("https://sensor.example.com");
    expect(originOf("https://sensor.example.com:8443/api/v1").origin).toBe("https://sensor.example.com:8443");
    expect(() => originOf("https://user:pw@sensor.example.com")).toThrow(/EH702/);
  });

  it("parses Retry-After and keeps backoff within bounds", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(
      parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("Wed, 21 Oct 2015 07:27:58 GMT")),
    ).toBe(2000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(policy, 3, undefined, () => 0.999)).toBeLessThanOrEqual(400);
    expect(backoffDelay(policy, 10, undefined, () => 0.999)).toBeLessThanOrEqual(1000);
    expect(backoffDelay(policy, 1, 60_000)).toBe(1000);
  });
});

describe("REST client against the simulated appliance (HTTPS)", () => {
  let sim: SimulatedAppliance;
  afterEach(() => sim?.close());

  it("verifies TLS: an unknown CA fails clearly, the sim's CA passes", async () => {
    sim = await startSimulatedAppliance();
    const untrusted = createClient({ host: sim.host, auth: { kind: "apikey", apiKey: sim.apiKey } });
    closers.push(() => untrusted.close());
    const err = await untrusted.request("GET", "/triggers").catch((e) => e);
    expect(code(err)).toBe("EH710");
    expect(err.diagnostics[0].hint).toContain("--ca");
    expect(sim.requests).toEqual([]); // nothing was sent over the untrusted connection
    const trusted = createClient({
      host: sim.host,
      auth: { kind: "apikey", apiKey: sim.apiKey },
      ca: sim.caPem,
    });
    closers.push(() => trusted.close());
    expect((await trusted.request("GET", "/triggers")).status).toBe(200);
  });

  it("OAuth2: one token for many concurrent requests, bad secrets reported", async () => {
    sim = await startSimulatedAppliance({ oauthClients: { "rx360-client": "s3cret-value" } });
    const c = createClient({
      host: sim.url,
      auth: { kind: "oauth2", clientId: "rx360-client", clientSecret: "s3cret-value" },
      ca: sim.caPem,
    });
    closers.push(() => c.close());
    await Promise.all(Array.from({ length: 20 }, () => c.request("GET", "/extrahop/ticketing")));
    expect(sim.requests.filter((q) => q.path === "/oauth2/token")).toHaveLength(1);
    expect(sim.requests.filter((q) => q.status === 401)).toEqual([]);
    // A revoked token: one 401, a fresh token, and the request goes through.
    sim.revokeTokens();
    expect((await c.request("GET", "/extrahop/ticketing")).status).toBe(200);
    expect(sim.requests.filter((q) => q.path === "/oauth2/token")).toHaveLength(2);
    expect(sim.requests.filter((q) => q.status === 401)).toHaveLength(1);

    const bad = createClient({
      host: sim.url,
      auth: { kind: "oauth2", clientId: "rx360-client", clientSecret: "wrong-secret" },
      ca: sim.caPem,
    });
    closers.push(() => bad.close());
    const err = await bad.request("GET", "/triggers").catch((e) => e);
    expect(code(err)).toBe("EH719");
    expect(err.message).not.toContain("wrong-secret");
  });
});

describe("OAuth2 token cache", () => {
  it("renews a token before it expires and after a 401, sharing one request among concurrent callers", async () => {
    let clock = 1_000_000;
    const issued: string[] = [];
    const requestToken = async (basic: string) => {
      expect(Buffer.from(basic, "base64").toString()).toBe("id-1:secret-1");
      issued.push(`tok-${issued.length + 1}`);
      return { access_token: issued[issued.length - 1], expires_in: 600 };
    };
    const auth = createAuth(
      { kind: "oauth2", clientId: "id-1", clientSecret: "secret-1" },
      requestToken,
      () => clock,
    );
    expect(await Promise.all([auth.header(), auth.header(), auth.header()])).toEqual(
      Array(3).fill("Bearer tok-1"),
    );
    clock += 569_000; // 31 s before expiry: still good
    expect(await auth.header()).toBe("Bearer tok-1");
    clock += 2_000; // within the renewal margin
    expect(await auth.header()).toBe("Bearer tok-2");
    expect(auth.invalidate()).toBe(true); // after a 401
    expect(await auth.header()).toBe("Bearer tok-3");
    const key = createAuth({ kind: "apikey", apiKey: "k-777777" }, requestToken);
    expect(await key.header()).toBe("ExtraHop apikey=k-777777");
    expect(key.invalidate()).toBe(false);
  });
});
