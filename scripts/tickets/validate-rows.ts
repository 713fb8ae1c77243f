/**
 * Turns raw rows into the exact requests they mean, or into a problem per bad row. Every row is
 * checked before anything is sent, so one typo on row 9,000 cannot leave a half-applied file.
 * A row with a detection id addresses that detection; a row with only a ticket id addresses the
 * detections holding the ticket. Only the fields the row gives are changed; fold.ts then folds the
 * rows into one state per detection, which is what is sent.
 */
import { diagnostic, type Diagnostic } from "../../build/diagnostics.ts";
import type { RawRow } from "./read-rows.ts";
import {
  parseResolution,
  parseStatus,
  RESOLUTION_VALUES,
  STATUS_HELP,
  type Resolution,
  type Status,
} from "./status.ts";

export const ROW_FIELDS = ["detection_id", "ticket_id", "status", "assignee", "resolution"] as const;

export interface DetectionPatch {
  ticket_id?: string | null;
  assignee?: string | null;
  status?: Status | null;
  resolution?: Resolution | null;
}

export interface TicketUpdate {
  row: number;
  line: number;
  method: "PATCH";
  path: string;
  body: DetectionPatch;
  /** What the row addresses: "detection:ID" or "ticket:TICKET". */
  target: string;
  detectionId?: number;
}

export interface ValidatedRows {
  updates: TicketUpdate[];
  problems: Diagnostic[];
}

export function validateRows(rows: RawRow[], file: string): ValidatedRows {
  const updates: TicketUpdate[] = [];
  const problems: Diagnostic[] = [];
  for (const raw of rows) {
    const errors = [...raw.problems];
    const update = errors.length ? undefined : toUpdate(raw, errors);
    if (errors.length || !update) {
      problems.push(
        diagnostic("EH731", `row ${raw.row}: ${errors.join("; ")}`, {
          location: { file, line: raw.line, column: 1 },
        }),
      );
    } else updates.push(update);
  }
  return { updates, problems };
}

function text(value: unknown, field: string, errors: string[]): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number" && field === "ticket_id" && Number.isFinite(value)) return String(value);
  errors.push(`${field} must be a string`);
  return undefined;
}

function toUpdate(raw: RawRow, errors: string[]): TicketUpdate | undefined {
  const f = raw.fields;
  for (const name of Object.keys(f)) {
    if (!(ROW_FIELDS as readonly string[]).includes(name)) {
      errors.push(`unknown field "${name}" (expected ${ROW_FIELDS.join(", ")})`);
    }
  }
  let detectionId: number | undefined;
  const idValue = f.detection_id;
  if (idValue !== undefined && idValue !== null && idValue !== "") {
    // Only a number or a string of digits: String([5]) is "5", but [5] is not an id.
    const id =
      typeof idValue === "number"
        ? idValue
        : typeof idValue === "string" && /^\s*\d+\s*$/.test(idValue)
          ? Number(idValue)
          : NaN;
    if (!Number.isSafeInteger(id) || id < 0)
      errors.push(`detection_id must be a whole number, got ${JSON.stringify(idValue)}`);
    else detectionId = id;
  }
  const body: DetectionPatch = {};
  const ticket = text(f.ticket_id, "ticket_id", errors);
  if (ticket !== undefined) body.ticket_id = ticket;
  const assignee = text(f.assignee, "assignee", errors);
  if (assignee !== undefined) body.assignee = assignee;

  const statusText = text(f.status, "status", errors);
  let impliedResolution: Resolution | undefined;
  if (statusText === null) body.status = null;
  else if (statusText !== undefined) {
    const parsed = parseStatus(statusText);
    if (!parsed) errors.push(`status "${statusText}" is not one of ${STATUS_HELP}`);
    else {
      body.status = parsed.status;
      impliedResolution = parsed.resolution;
    }
  }
  const resolutionText = text(f.resolution, "resolution", errors);
  if (resolutionText === null) body.resolution = null;
  else if (resolutionText !== undefined) {
    const parsed = parseResolution(resolutionText);
    if (!parsed) errors.push(`resolution "${resolutionText}" is not one of ${RESOLUTION_VALUES.join(", ")}`);
    else body.resolution = parsed;
  }
  if (impliedResolution) {
    if (body.resolution === null) {
      errors.push(`status "${statusText}" means resolution ${impliedResolution}, but resolution is null`);
    } else if (body.resolution && body.resolution !== impliedResolution) {
      errors.push(
        `status "${statusText}" means resolution ${impliedResolution}, but resolution is ${body.resolution}`,
      );
    }
    body.resolution = impliedResolution;
  }
  if (body.resolution && body.status && body.status !== "closed") {
    errors.push(`resolution ${body.resolution} only goes with status closed, not ${body.status}`);
  }
  const idGiven = idValue !== undefined && idValue !== null && idValue !== "";
  if (!idGiven && !body.ticket_id) errors.push("needs a detection_id or a ticket_id");
  const changes = Object.keys(body).filter((k) => detectionId !== undefined || k !== "ticket_id");
  if (!changes.length && errors.length === 0)
    errors.push("changes nothing (give ticket_id, status, assignee or resolution)");
  if (errors.length) return undefined;
  if (detectionId !== undefined) {
    return {
      row: raw.row,
      line: raw.line,
      method: "PATCH",
      path: `/detections/${detectionId}`,
      body,
      target: `detection:${detectionId}`,
      detectionId,
    };
  }
  return {
    row: raw.row,
    line: raw.line,
    method: "PATCH",
    path: "/detections/tickets",
    body,
    target: `ticket:${body.ticket_id}`,
  };
}
