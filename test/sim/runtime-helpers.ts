/**
 * Shared by the tests of the appliance's trigger runtime: raw HTTPS calls to the simulator (no
 * ehtrig client involved) and a small HTTP server on 127.0.0.1 playing an ODS target, recording
 * what it receives and answering as told.
 */
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { SimulatedAppliance } from "../../scripts/sim/index.ts";

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** A raw request to the simulated appliance, no ehtrig client involved. */
export function call(
  s: SimulatedAppliance,
  method: string,
  path: string,
  body?: unknown,
  auth = `ExtraHop apikey=${s.apiKey}`,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const req = https.request(
      `${s.url}${path}`,
      {
        method,
        ca: s.caPem,
        agent: false,
        headers: { Authorization: auth, ...(data ? { "Content-Type": "application/json" } : {}) },
      },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: text ? JSON.parse(text) : undefined,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

export interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

export interface TargetServer {
  port: number;
  received: Received[];
  /** How the next requests are answered (default 200, no body). */
  answer: (r: Received) => { status: number; headers?: http.OutgoingHttpHeaders; body?: string };
  close(): Promise<void>;
}

export async function targetServer(port = 0): Promise<TargetServer> {
  const t: TargetServer = {
    port: 0,
    received: [],
    answer: () => ({ status: 200 }),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const r: Received = {
        method: req.method!,
        path: req.url!,
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
      };
      t.received.push(r);
      const a = t.answer(r);
      res.writeHead(a.status, a.headers);
      res.end(a.body ?? "");
    });
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  t.port = (server.address() as AddressInfo).port;
  return t;
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const t = await targetServer();
  await t.close();
  return t.port;
}

/** A compiled-looking trigger script: the body wrapped as the compiler wraps it. */
export function script(body: string): string {
  return `(function () {\n${body}\n})();\n`;
}
