/**
 * Sends validated ticket updates to the appliance: at most `concurrency` in flight, rows for the
 * same detection strictly in file order (a later row waits for the earlier one and is not sent if
 * it failed, so a rerun cannot apply them out of order), rows addressed by ticket id as barriers
 * (they may touch any detection). A row counts as sent only when the appliance answered 2xx and
 * the journal has it on disk. Credentials, TLS and permission failures stop the run: every later
 * request would fail the same way.
 */
import { EhtrigError } from "../../build/diagnostics.ts";
import type { RestClient } from "../rest/client.ts";
import { redact } from "../rest/secrets.ts";
import { rowKey, type Journal } from "./journal.ts";
import type { TicketUpdate } from "./validate-rows.ts";

export interface SyncOptions {
  client: RestClient;
  journal: Journal;
  concurrency: number;
  /** Called after every row is settled (sent, failed or skipped). */
  onProgress?: (settled: number, total: number) => void;
}

export interface RowFailure {
  row: number;
  line: number;
  path: string;
  code: string;
  reason: string;
}

export interface SyncSummary {
  total: number;
  sent: number;
  /** Already confirmed by an earlier run (in the journal). */
  skipped: number;
  failed: RowFailure[];
}

/** Codes after which no further request can succeed. */
const FATAL = new Set(["EH710", "EH713", "EH714", "EH719"]);

type Outcome = "sent" | "skipped" | "failed";

export async function syncTickets(updates: TicketUpdate[], opts: SyncOptions): Promise<SyncSummary> {
  const { client, journal } = opts;
  const summary: SyncSummary = { total: updates.length, sent: 0, skipped: 0, failed: [] };
  let settled = 0;
  let aborted: { code: string; reason: string } | undefined;
  const limit = semaphore(Math.max(1, opts.concurrency));
  const lastByTarget = new Map<string, Promise<Outcome>>();
  let barrier: Promise<unknown> = Promise.resolve();
  let sinceBarrier: Promise<Outcome>[] = [];

  const settle = (u: TicketUpdate, outcome: Outcome, failure?: { code: string; reason: string }): Outcome => {
    if (outcome === "sent") summary.sent++;
    else if (outcome === "skipped") summary.skipped++;
    else
      summary.failed.push({
        row: u.row,
        line: u.line,
        path: u.path,
        code: failure!.code,
        reason: failure!.reason,
      });
    opts.onProgress?.(++settled, updates.length);
    return outcome;
  };

  async function run(u: TicketUpdate, key: string, before: Promise<Outcome> | undefined): Promise<Outcome> {
    await barrier;
    if (before && (await before) === "failed") {
      return settle(u, "failed", {
        code: "EH733",
        reason: `not sent: an earlier row for ${u.target.replace(":", " ")} failed`,
      });
    }
    return limit(async () => {
      if (aborted) return settle(u, "failed", { code: aborted.code, reason: `not sent: ${aborted.reason}` });
      try {
        await client.request(u.method, u.path, { body: u.body });
      } catch (err) {
        if (!(err instanceof EhtrigError)) throw err;
        const d = err.diagnostics[0];
        if (FATAL.has(d.code)) aborted ??= { code: d.code, reason: d.message };
        return settle(u, "failed", { code: d.code, reason: redact(d.message) });
      }
      await journal.confirm({
        key,
        row: u.row,
        method: u.method,
        path: u.path,
        at: new Date().toISOString(),
      });
      return settle(u, "sent");
    });
  }

  const all: Promise<Outcome>[] = [];
  for (const u of updates) {
    const key = rowKey(client.origin, u.row, u.method, u.path, u.body);
    if (journal.has(key)) {
      all.push(Promise.resolve(settle(u, "skipped")));
      continue;
    }
    if (u.target.startsWith("ticket:")) {
      // Wait for everything before; everything after waits for this row.
      const previous = Promise.all(sinceBarrier);
      const outer = barrier;
      barrier = Promise.all([outer, previous]);
      const p = run(u, key, undefined);
      barrier = p;
      sinceBarrier = [];
      lastByTarget.clear();
      all.push(p);
      continue;
    }
    const p = run(u, key, lastByTarget.get(u.target));
    lastByTarget.set(u.target, p);
    sinceBarrier.push(p);
    all.push(p);
  }
  await Promise.all(all);
  summary.failed.sort((a, b) => a.row - b.row);
  return summary;
}

/** At most n of the given tasks run at once; the rest wait in arrival order. */
function semaphore(n: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((r) => waiting.push(r));
    else active++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
