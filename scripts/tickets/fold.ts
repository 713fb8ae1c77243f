/**
 * Turns validated rows into the state each detection should end in: the fold of its rows in file
 * order, later fields overriding earlier ones. A row addressed by ticket id folds into every
 * detection holding that ticket at that point of the file: the ones an earlier row of the file
 * gave the ticket, and the ones the appliance says hold it (unless the file moved them to another
 * ticket first). Sending one state per detection, instead of replaying rows, is what makes a late
 * or repeated request harmless: every request for a detection carries the same body.
 */
import type { DetectionPatch, TicketUpdate } from "./validate-rows.ts";

export interface DetectionState {
  detectionId: number;
  body: DetectionPatch;
  /** Rows that contributed, in file order (for messages). */
  rows: number[];
}

export interface UnmatchedTicketRow {
  row: number;
  line: number;
  ticketId: string;
}

export interface Folded {
  states: DetectionState[];
  /** Ticket rows no detection holds: reported as failed, nothing to send for them. */
  unmatched: UnmatchedTicketRow[];
}

/** Ticket id → detections that hold it on the appliance. */
export type TicketHolders = ReadonlyMap<string, readonly number[]>;

/** The ticket ids that rows address without a detection id (to look up before folding). */
export function ticketsToLookUp(updates: readonly TicketUpdate[]): string[] {
  const ids = new Set<string>();
  for (const u of updates) if (u.detectionId === undefined && u.body.ticket_id) ids.add(u.body.ticket_id);
  return [...ids];
}

export function foldRows(updates: readonly TicketUpdate[], holders: TicketHolders = new Map()): Folded {
  const states = new Map<number, DetectionState>();
  /** The ticket the file last gave each detection. */
  const fileTicket = new Map<number, string | null>();
  const unmatched: UnmatchedTicketRow[] = [];

  const merge = (detectionId: number, row: number, patch: DetectionPatch): void => {
    let state = states.get(detectionId);
    if (!state) states.set(detectionId, (state = { detectionId, body: {}, rows: [] }));
    const hadResolution = state.body.resolution !== undefined;
    Object.assign(state.body, patch);
    // A later status other than closed ends the resolution an earlier row gave: a detection in
    // progress with "action taken" would be a contradiction the rows never said.
    if (hadResolution && patch.status !== undefined && patch.status !== "closed" && !("resolution" in patch))
      state.body.resolution = null;
    state.rows.push(row);
  };

  for (const u of updates) {
    if (u.detectionId !== undefined) {
      merge(u.detectionId, u.row, u.body);
      if (u.body.ticket_id !== undefined) fileTicket.set(u.detectionId, u.body.ticket_id);
      continue;
    }
    const ticket = u.body.ticket_id!;
    const targets = new Set<number>();
    for (const [d, t] of fileTicket) if (t === ticket) targets.add(d);
    for (const d of holders.get(ticket) ?? []) if (!fileTicket.has(d)) targets.add(d);
    if (!targets.size) {
      unmatched.push({ row: u.row, line: u.line, ticketId: ticket });
      continue;
    }
    for (const d of [...targets].sort((a, b) => a - b)) merge(d, u.row, u.body);
  }
  return { states: [...states.values()].sort((a, b) => a.detectionId - b.detectionId), unmatched };
}
