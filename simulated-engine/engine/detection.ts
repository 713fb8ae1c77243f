/**
 * DETECTION_UPDATE's `Detection` (extrahop-api.md §2.2). The harness hands the trigger a
 * read-only snapshot; the fixture is validated first, so a test cannot fire a detection the
 * sensor would never produce.
 */
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { pointerToPath, validate } from "../../build/schema.ts";
import schema from "../fixtures/detection.schema.json" with { type: "json" };
import type { FidelityEntry } from "./fidelity-entry.ts";
import { ReadOnlyData } from "./read-only.ts";

export const DETECTION_STATUSES = ["new", "in_progress", "acknowledged", "closed"] as const;
export const DETECTION_RESOLUTIONS = ["action_taken", "no_action_taken"] as const;
export const PARTICIPANT_ROLES = ["offender", "victim"] as const;

/** What a participant's `object` is on the sensor: a Device, an Application or an IPAddress. */
export type ParticipantObject =
  | { kind: "device"; id: number; name?: string; ipaddr?: string }
  | { kind: "application"; id: string }
  | { kind: "ipaddr"; addr: string };

export interface DetectionParticipant {
  object: ParticipantObject;
  id: number;
  role: (typeof PARTICIPANT_ROLES)[number];
}

export interface MitreCategory {
  id: string;
  name: string;
  url: string;
}

/** The trigger-side Detection, as plain data. */
export interface Detection {
  applianceId: number;
  assignee: string | null;
  categories: string[];
  description: string;
  endTime: number;
  id: number;
  isCustom: boolean;
  isEventCreate: boolean;
  mitreCategories: MitreCategory[];
  participants: DetectionParticipant[];
  properties: Record<string, unknown>;
  resolution: (typeof DETECTION_RESOLUTIONS)[number] | null;
  riskScore: number | null;
  startTime: number;
  status: (typeof DETECTION_STATUSES)[number] | null;
  ticketId: string | null;
  title: string;
  type: string;
  updateTime: number;
}

export const DETECTION_SCHEMA = schema;

/** Schema problems of a detection fixture, as "field: message" lines. */
export function detectionProblems(data: unknown): string[] {
  return validate(schema, data).map((p) => `${pointerToPath(p.pointer)}: ${p.message}`);
}

export function assertDetection(data: unknown, source = "detection fixture"): asserts data is Detection {
  const problems = detectionProblems(data);
  if (problems.length) throw new EhtrigError(problems.map((p) => diagnostic("EH902", `${source}: ${p}`)));
}

/** The last snapshot of each fixture object, with the JSON text it was made from. */
const snapshots = new WeakMap<object, { json: string; snap: ReadOnlyData }>();

/**
 * The validated, read-only `Detection` of one fire. A fixture fired again unchanged is not
 * validated again; one the test changed in between (same object, other content) is.
 */
export function detectionObject(data: unknown): ReadOnlyData {
  const json = typeof data === "object" && data !== null ? JSON.stringify(data) : undefined;
  if (json !== undefined) {
    const hit = snapshots.get(data as object);
    if (hit && hit.json === json) return hit.snap;
  }
  assertDetection(data);
  const snap = new ReadOnlyData("Detection", structuredClone(data) as unknown as Record<string, unknown>);
  if (json !== undefined) snapshots.set(data as object, { json, snap });
  return snap;
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Detection",
    status: "simulated",
    differences: [
      "Assigning a property throws a TypeError, also in sloppy code (on the sensor an assignment may be silently ignored).",
      "Participant objects are plain data ({kind: 'device'|'application'|'ipaddr', ...}), not Device/Application/IPAddress instances.",
    ],
  },
];
