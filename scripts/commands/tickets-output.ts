/**
 * What `ehtrig tickets sync` prints: the dry run's planned states and the run's summary, for people
 * or as JSON. Not a command itself (it is not listed in index.ts).
 */
import { foldRows } from "../tickets/fold.ts";
import type { InputFormat } from "../tickets/read-rows.ts";
import type { SyncSummary } from "../tickets/sync.ts";
import type { TicketUpdate } from "../tickets/validate-rows.ts";
import { printJson } from "../report.ts";
import type { Io } from "../io.ts";

const rowList = (rows: number[]) => `row${rows.length > 1 ? "s" : ""} ${rows.join(", ")}`;

/**
 * Offline: the states the file folds into. Rows by ticket id fold here only into detections the
 * file itself gave that ticket; the others are looked up on the appliance when sent.
 */
export function printDryRun(
  io: Io,
  updates: TicketUpdate[],
  rowCount: number,
  format: InputFormat,
  json?: boolean,
): void {
  const { states, unmatched } = foldRows(updates);
  const requests = states.map((s) => ({
    method: "PATCH",
    path: `/detections/${s.detectionId}`,
    body: s.body,
    rows: s.rows,
  }));
  const lookups = unmatched.map((u) => ({ row: u.row, ticket_id: u.ticketId }));
  if (json) return printJson(io, { ok: true, dryRun: true, format, requests, lookups });
  for (const r of requests) io.out(`${rowList(r.rows)}: ${r.method} ${r.path} ${JSON.stringify(r.body)}`);
  for (const l of lookups)
    io.out(`row ${l.row}: ticket_id ${JSON.stringify(l.ticket_id)}: its detections are looked up when sent`);
  io.out(
    `dry run: ${requests.length} detection state(s) from ${rowCount} ${format.toUpperCase()} row(s); nothing sent`,
  );
}

export function printSummary(
  io: Io,
  summary: SyncSummary,
  run: { rows: number; appliance: string; journal: string },
  json?: boolean,
): void {
  if (json) {
    const ok = summary.failed.length === 0 && summary.interrupted === 0;
    return printJson(io, { ok, rows: run.rows, ...summary, journal: run.journal });
  }
  const notSent = summary.interrupted ? `, ${summary.interrupted} not sent (interrupted)` : "";
  io.out(
    `tickets sync to ${run.appliance}: ${run.rows} row(s), ${summary.detections} detection(s): ` +
      `${summary.sent} sent, ${summary.skipped} skipped (already in that state), ` +
      `${summary.failed.length} failed${notSent}`,
  );
  for (const f of summary.failed) {
    const what =
      f.detection === undefined ? rowList(f.rows) : `detection ${f.detection} (${rowList(f.rows)})`;
    io.err(`  ${what}: ${f.code} ${f.reason}`);
  }
  if (summary.failed.length || summary.interrupted)
    io.err(`run the same command again to send the rest (journal: ${run.journal})`);
}
