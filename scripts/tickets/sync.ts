/**
 * Sends validated ticket updates to the appliance: at most `concurrency` in flight, rows for the
 * same detection strictly in file order (a later row waits for the earlier one and is not sent if
 * it failed, so a rerun cannot apply them out of order), rows addressed by ticket id as barriers
 * (they may touch any detection). A row counts as sent only when the appliance answered 2xx and
 * the journal has it on disk. Credentials, TLS and permission failures, and an appliance that
 * cannot be reached, stop the run: every later request would fail the same way.
 */
import { EhtrigError } from "../../build/diagnostics.ts";
import type { RestClient } from "../rest/client.ts";
import { RestError } from "../rest/errors.ts";
import { redact } from "../rest/secrets.ts";
import { rowKey, type Journal } from "./journal.ts";
import type { TicketUpdate } from "./validate-rows.ts";

export interface SyncOptions {
  client: RestClient;
  journal: Journal;
  concurrency: number;
  /** Called after every row is settled (sent, failed, skipped or interrupted). */
  onProgress?: (settled: number, total: number) => void;
  /**
   * Aborted (say, by Ctrl-C): no further request starts, the ones in flight get their answers and
   * the journal records the confirmed ones, so a rerun resends none of them.
   */
  signal?: AbortSignal;
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
  /** Not sent because the run was interrupted; a rerun sends them. */
  interrupted: number;
}

/** Codes after which no further request can succeed. */
const FATAL = new Set(["EH710", "EH713", "EH714", "EH719"]);

type Outcome = "sent" | "skipped" | "failed" | "interrupted";
type Failure = { code: string; reason: string };

export async function syncTickets(updates: TicketUpdate[], opts: SyncOptions): Promise<SyncSummary> {
  const { client, journal } = opts;
  const summary: SyncSummary = { total: updates.length, sent: 0, skipped: 0, failed: [], interrupted: 0 };
  const stopped = () => opts.signal?.aborted === true;
  let settled = 0;
  let aborted: Failure | undefined;

  const settle = (u: TicketUpdate, outcome: Outcome, failure?: Failure): void => {
    if (outcome === "sent") summary.sent++;
    else if (outcome === "skipped") summary.skipped++;
    else if (outcome === "interrupted") summary.interrupted++;
    else
      summary.failed.push({
        row: u.row,
        line: u.line,
        path: u.path,
        code: failure!.code,
        reason: failure!.reason,
      });
    opts.onProgress?.(++settled, updates.length);
  };

  // Rows are taken in file order by `concurrency` workers. Each row's answer (not its journal
  // write) is what later rows wait for: the last row of each target, and every row before a
  // ticket-addressed row (a barrier), which all later rows wait for in turn. `pending` holds the
  // answers still outstanding; `lastOfTarget` the last unanswered or failed row per target.
  const pending = new Set<Promise<boolean>>();
  const lastOfTarget = new Map<string, Promise<boolean>>();
  let barrier: Promise<boolean> | undefined;
  // Rows that nothing can depend on (a target that occurs once, no ticket rows in the file) skip
  // the bookkeeping below; that is the common case of a large export.
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const u of updates) (seen.has(u.target) ? repeated : seen).add(u.target);
  const anyBarrier = updates.some((u) => u.target.startsWith("ticket:"));
  let next = 0;

  async function send(u: TicketUpdate): Promise<Failure | undefined> {
    if (aborted) return { code: aborted.code, reason: `not sent: ${aborted.reason}` };
    try {
      await client.request(u.method, u.path, { body: u.body });
      return undefined;
    } catch (err) {
      if (!(err instanceof EhtrigError)) throw err;
      const d = err.diagnostics[0];
      // An appliance that stayed unreachable through all retries of one row is down: waiting out
      // the same retries for each remaining row would take minutes per thousand rows.
      if (FATAL.has(d.code) || (err instanceof RestError && err.unreachable))
        aborted ??= { code: d.code, reason: d.message };
      return { code: d.code, reason: redact(d.message) };
    }
  }

  function recorded(u: TicketUpdate, err?: Error): void {
    if (err)
      settle(u, "failed", { code: "EH734", reason: `sent, but the journal write failed: ${err.message}` });
    else settle(u, "sent");
  }

  // Defined once, not per row: the toolkit runs under tsx, which names every closure it creates.
  function answer(target: string, mine: Promise<boolean>, release: (ok: boolean) => void, ok: boolean): void {
    pending.delete(mine);
    if (barrier === mine) barrier = undefined;
    // A failure stays on record: later rows for this target must not be sent.
    if (ok && lastOfTarget.get(target) === mine) lastOfTarget.delete(target);
    release(ok);
  }

  async function worker(): Promise<void> {
    while (next < updates.length) {
      const u = updates[next++];
      const key = rowKey(client.origin, u.row, u.method, u.path, u.body);
      if (journal.has(key)) {
        settle(u, "skipped");
        continue;
      }
      if (stopped()) {
        settle(u, "interrupted");
        continue;
      }
      if (!anyBarrier && !repeated.has(u.target)) {
        const failure = await send(u);
        if (failure) settle(u, "failed", failure);
        else journal.record({ key, row: u.row, method: u.method, path: u.path }, (err) => recorded(u, err));
        continue;
      }
      let release!: (ok: boolean) => void;
      const mine = new Promise<boolean>((r) => (release = r));
      const isBarrier = u.target.startsWith("ticket:");
      const before = isBarrier ? undefined : lastOfTarget.get(u.target);
      // Every earlier row has been taken by a worker, so `pending` holds all unanswered ones.
      const wait = isBarrier ? Promise.all([barrier, ...pending]) : barrier;
      pending.add(mine);
      if (isBarrier) barrier = mine;
      else lastOfTarget.set(u.target, mine);

      if (wait) await wait;
      // Checked after the wait: an interrupt may have come while this row waited its turn.
      if (stopped()) {
        answer(u.target, mine, release, false);
        settle(u, "interrupted");
        continue;
      }
      if (before && !(await before)) {
        answer(u.target, mine, release, false);
        settle(u, "failed", {
          code: "EH733",
          reason: `not sent: an earlier row for ${u.target.replace(":", " ")} failed`,
        });
        continue;
      }
      const failure = await send(u);
      answer(u.target, mine, release, !failure);
      if (failure) {
        settle(u, "failed", failure);
        continue;
      }
      // The worker moves on while the journal flushes; the row counts as sent once it is on disk.
      journal.record({ key, row: u.row, method: u.method, path: u.path }, (err) => recorded(u, err));
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  await journal.drain();
  summary.failed.sort((a, b) => a.row - b.row);
  return summary;
}
