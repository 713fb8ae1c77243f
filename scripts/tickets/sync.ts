/**
 * Brings detections into the states their rows describe (fold.ts): one PATCH /detections/{id} per
 * detection whose desired state the journal has not seen confirmed, at most `concurrency` in
 * flight. Exactly one request carries a detection's state at a time, and a retry carries the same
 * body, so a late first attempt cannot undo anything. A detection counts as sent only when the
 * appliance answered 204 and the journal has it on disk. Credentials, TLS and permission failures,
 * an appliance that cannot be reached, and a journal that cannot be written stop the run: every
 * later request would fail the same way, or could not be recorded.
 */
import { EhtrigError } from "../../build/diagnostics.ts";
import type { RestClient } from "../rest/client.ts";
import { RestError } from "../rest/errors.ts";
import { redact } from "../rest/secrets.ts";
import type { DetectionState, UnmatchedTicketRow } from "./fold.ts";
import { stateHash, type Journal } from "./journal.ts";

export interface SyncOptions {
  client: RestClient;
  journal: Journal;
  concurrency: number;
  /** Called after every detection is settled (sent, failed, skipped or interrupted). */
  onProgress?: (settled: number, total: number) => void;
  /**
   * Aborted (say, by Ctrl-C): no further request starts, the ones in flight get their answers and
   * the journal records the confirmed ones, so a rerun resends none of them.
   */
  signal?: AbortSignal;
}

export interface SyncFailure {
  /** Absent for a ticket row that no detection holds. */
  detection?: number;
  /** The rows that make up this state. */
  rows: number[];
  code: string;
  reason: string;
}

export interface SyncSummary {
  /** Detections to bring into their state. */
  detections: number;
  sent: number;
  /** Already in this state by an earlier run (in the journal). */
  skipped: number;
  failed: SyncFailure[];
  /** Not sent because the run was interrupted; a rerun sends them. */
  interrupted: number;
}

/** Codes after which no further request can succeed (or be recorded). */
const FATAL = new Set(["EH710", "EH713", "EH714", "EH719", "EH734"]);

type Failure = { code: string; reason: string };

export async function syncTickets(
  states: readonly DetectionState[],
  unmatched: readonly UnmatchedTicketRow[],
  opts: SyncOptions,
): Promise<SyncSummary> {
  const { client, journal } = opts;
  const summary: SyncSummary = { detections: states.length, sent: 0, skipped: 0, failed: [], interrupted: 0 };
  for (const u of unmatched)
    summary.failed.push({
      rows: [u.row],
      code: "EH715",
      reason: `no detection holds ticket_id ${JSON.stringify(u.ticketId)}`,
    });
  let settled = 0;
  let aborted: Failure | undefined;
  const progress = () => opts.onProgress?.(++settled, states.length);
  const fail = (s: DetectionState, f: Failure) => {
    if (FATAL.has(f.code)) aborted ??= f;
    summary.failed.push({ detection: s.detectionId, rows: s.rows, ...f });
    progress();
  };

  async function send(s: DetectionState): Promise<Failure | undefined> {
    try {
      await client.request("PATCH", `/detections/${s.detectionId}`, { body: s.body, expect: [204] });
      return undefined;
    } catch (err) {
      if (!(err instanceof EhtrigError)) throw err;
      const d = err.diagnostics[0];
      // An appliance that stayed unreachable through all retries of one request is down: waiting
      // out the same retries for each remaining detection would take minutes per thousand.
      if (err instanceof RestError && err.unreachable) aborted ??= { code: d.code, reason: d.message };
      return { code: d.code, reason: redact(d.message) };
    }
  }

  let next = 0;
  async function worker(): Promise<void> {
    while (next < states.length) {
      const s = states[next++];
      const entry = { origin: client.origin, detection: s.detectionId, state: stateHash(s.body) };
      if (journal.has(entry)) {
        summary.skipped++;
        progress();
        continue;
      }
      if (opts.signal?.aborted) {
        summary.interrupted++;
        progress();
        continue;
      }
      if (aborted) {
        fail(s, { code: aborted.code, reason: `not sent: ${aborted.reason}` });
        continue;
      }
      const failure = await send(s);
      if (failure) {
        fail(s, failure);
        continue;
      }
      // The worker moves on while the journal flushes; the state counts as sent once on disk.
      journal.record(entry, (err) => {
        if (!err) {
          summary.sent++;
          progress();
        } else
          fail(s, {
            code: "EH734",
            reason: `applied, but the journal write failed (${err.message}); the rerun sends it again`,
          });
      });
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  await journal.drain();
  summary.failed.sort((a, b) => a.rows[0] - b.rows[0]);
  return summary;
}
