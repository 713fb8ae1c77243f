/**
 * The appliance goes away in the middle of a sync: once a row has used up its retries on a
 * connection that cannot be made, the run stops instead of spending the full retry budget on
 * each of the remaining rows (minutes per thousand rows), and reports them as not sent.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../../scripts/rest/client.ts";
import { Journal } from "../../scripts/tickets/journal.ts";
import { syncTickets } from "../../scripts/tickets/sync.ts";
import type { DetectionState } from "../../scripts/tickets/fold.ts";

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A loopback port nobody listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function rows(n: number): DetectionState[] {
  return Array.from({ length: n }, (_, i) => ({
    detectionId: i + 1,
    body: { status: "closed" as const },
    rows: [i + 1],
  }));
}

describe("tickets sync against an appliance that cannot be reached", () => {
  it("stops after the first rows exhaust their retries and reports the rest as not sent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-unreachable-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const client = createClient({
      host: `http://127.0.0.1:${await closedPort()}`,
      auth: { kind: "apikey", apiKey: "k-unreachable" },
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
      concurrency: 2,
    });
    cleanups.push(() => client.close());
    const journal = await Journal.open(join(dir, "j.jsonl"));
    cleanups.push(() => journal.close());

    const summary = await syncTickets(rows(200), [], { client, journal, concurrency: 2 });

    expect(summary.sent).toBe(0);
    expect(summary.failed).toHaveLength(200);
    // At most the rows already in flight used their attempts; the others were never tried.
    expect(client.stats.requests).toBeLessThanOrEqual(2 * 3);
    const tried = summary.failed.filter((f) => !f.reason.startsWith("not sent"));
    expect(tried.length).toBeGreaterThanOrEqual(1);
    expect(tried.length).toBeLessThanOrEqual(2);
    for (const f of tried) expect(f).toMatchObject({ code: "EH711" });
    for (const f of summary.failed.filter((f) => f.reason.startsWith("not sent")))
      expect(f.reason).toContain("ECONNREFUSED");
  });
});
