/**
 * What the simulated appliance knows: triggers and their assignments, detections, the ticket
 * tracking settings and uploaded bundles. Kept in memory while serving and written to a JSON file
 * (atomically: temp file + rename) shortly after every change and on close, so a restarted
 * simulator picks up where it stopped.
 */
import { existsSync, readFileSync } from "node:fs";
import { diagnostic, EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import { writeFileAtomic } from "../../build/write-atomic.ts";

export interface SimTrigger {
  id: number;
  name: string;
  author: string;
  description: string;
  debug: boolean;
  disabled: boolean;
  apply_all: boolean;
  events: string[];
  hints: Record<string, unknown>;
  script: string;
  mod_time: number;
}

export interface SimDetection {
  id: number;
  title: string;
  type: string;
  ticket_id: string | null;
  assignee: string | null;
  status: "new" | "in_progress" | "closed" | "acknowledged" | null;
  resolution: "action_taken" | "no_action_taken" | null;
  mod_time: number;
  /**
   * The rest of the REST form (extrahop-api.md §6.3): detections made with POST /ehtrig/detections
   * have all of it; seeded ones only the fields above.
   */
  description?: string;
  categories?: string[];
  risk_score?: number | null;
  start_time?: number;
  end_time?: number | null;
  update_time?: number;
  create_time?: number | null;
  participants?: Array<Record<string, unknown>>;
  mitre_tactics?: Array<{ id: string; name: string; url: string }>;
  mitre_techniques?: Array<{ id: string; name: string; url: string; legacy_ids?: string[] }>;
  properties?: Record<string, unknown>;
  appliance_id?: number;
  is_user_created?: boolean;
}

/** An Open Data Stream target as the appliance's settings hold it (scripts/sim/runtime/targets.ts). */
export interface SimOdsTarget {
  name: string;
  type: "http" | "kafka" | "mongodb" | "syslog" | "raw";
  host?: string;
  port?: number;
  protocol?: string;
  additional_header?: string;
  skip_cert_verification?: boolean;
  authentication?: { auth_type: string; username?: string; password?: string };
  [field: string]: unknown;
}

export interface SimBundle {
  id: number;
  name: string;
  comment: string;
  created: number;
  content: Record<string, unknown>;
}

export interface SimState {
  nextTriggerId: number;
  nextBundleId: number;
  triggers: SimTrigger[];
  /** Trigger id → assigned device ids and device group ids. */
  assignments: Record<string, { devices: number[]; devicegroups: number[] }>;
  detections: Record<string, SimDetection>;
  /** ticket_tracking_parameters (field names UNCONFIRMED; see scripts/tickets/ticketing-fields.ts). */
  ticketing: { enabled: boolean; url_template: string | null };
  bundles: SimBundle[];
  /** Open Data Stream targets (absent in state files written before they existed). */
  odsTargets?: SimOdsTarget[];
}

export interface SeedOptions {
  /** Detections with ids 1..n. Default 100. */
  detections?: number;
  ticketingEnabled?: boolean;
  triggers?: Array<Partial<SimTrigger> & { name: string }>;
}

export function seedState(seed: SeedOptions = {}): SimState {
  const state: SimState = {
    nextTriggerId: 1,
    nextBundleId: 1,
    triggers: [],
    assignments: {},
    detections: {},
    ticketing: { enabled: seed.ticketingEnabled ?? true, url_template: null },
    bundles: [],
  };
  const n = seed.detections ?? 100;
  for (let id = 1; id <= n; id++) {
    state.detections[id] = {
      id,
      title: `Simulated detection ${id}`,
      type: "sim_detection",
      ticket_id: null,
      assignee: null,
      status: null,
      resolution: null,
      mod_time: 0,
    };
  }
  for (const t of seed.triggers ?? []) addTrigger(state, t);
  return state;
}

export function addTrigger(state: SimState, t: Partial<SimTrigger> & { name: string }): SimTrigger {
  const trigger: SimTrigger = {
    author: "",
    description: "",
    debug: false,
    disabled: false,
    apply_all: false,
    events: [],
    hints: {},
    script: "",
    ...t,
    id: state.nextTriggerId++,
    mod_time: Date.now(),
  };
  state.triggers.push(trigger);
  return trigger;
}

export function loadState(file: string): SimState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as SimState;
    if (!Array.isArray(data.triggers) || typeof data.detections !== "object")
      throw new Error("missing fields");
    return data;
  } catch (err) {
    throw new EhtrigError([
      diagnostic("EH790", `simulator state ${file} is unreadable: ${(err as Error).message}`),
    ]);
  }
}

export function saveState(file: string, state: SimState): void {
  writeFileAtomic(file, JSON.stringify(state));
}

/** Why no single trigger answers to an id or name: EH804, and whether the name was ambiguous. */
export interface TriggerNotFound {
  problem: Diagnostic;
  ambiguous: boolean;
}

/** A trigger by id, or by its name when exactly one trigger has it. */
export function findTrigger(triggers: readonly SimTrigger[], idOrName: string): SimTrigger | TriggerNotFound {
  const byId = /^\d+$/.test(idOrName) ? triggers.find((t) => t.id === Number(idOrName)) : undefined;
  if (byId) return byId;
  const named = triggers.filter((t) => t.name === idOrName);
  if (named.length === 1) return named[0]!;
  const message = named.length
    ? `${named.length} triggers on the appliance are named "${idOrName}" (ids ${named.map((t) => t.id).join(", ")}); give the id`
    : `no trigger "${idOrName}" on the appliance (it has: ${triggers.map((t) => `${t.id} "${t.name}"`).join(", ") || "none"})`;
  return { problem: diagnostic("EH804", message), ambiguous: named.length > 1 };
}
