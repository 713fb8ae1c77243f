/**
 * The simulator-only operations behind both the in-process methods of SimulatedAppliance and the
 * /ehtrig/ REST routes: make and change detections (which runs DETECTION_UPDATE triggers), set the
 * Open Data Stream targets, read a trigger's debug log, wait for deliveries. A real appliance has
 * none of these; on it, detections come from the wire and targets from the Administration page.
 */
import { diagnostic, EhtrigError, type Code, type Diagnostic } from "../../../build/diagnostics.ts";
import { pointerToPath, validate } from "../../../build/schema.ts";
import { detectionFromRest } from "../../../simulated-engine/fixtures/rest-detection.ts";
import type { SimContext } from "../route.ts";
import { findTrigger, type SimDetection, type SimTrigger } from "../state.ts";
import createSchema from "../schemas/ehtrig-detection-create.schema.json" with { type: "json" };
import updateSchema from "../schemas/ehtrig-detection-update.schema.json" with { type: "json" };
import { restDetection, type TriggerHost } from "./host.ts";
import { checkTargets, type SimOdsTarget } from "./targets.ts";
import type { TriggerLogEntry } from "./trigger-log.ts";

/** A refused simulator operation: the diagnostics, and the HTTP status the REST route answers. */
export class SimRequestError extends EhtrigError {
  readonly status: number;
  constructor(status: number, diagnostics: Diagnostic[]) {
    super(diagnostics);
    this.status = status;
  }
}

function refuse(status: number, code: Code, messages: string[]): SimRequestError {
  return new SimRequestError(
    status,
    messages.map((m) => diagnostic(code, m)),
  );
}

export interface ApplianceApi {
  /** Stores a new detection (next id) and runs DETECTION_UPDATE (isEventCreate true); returns it. */
  createDetection(fields: Record<string, unknown>): SimDetection;
  /** Changes a detection's own fields (not its ticket fields) and runs DETECTION_UPDATE (isEventCreate false). */
  updateDetection(id: number, fields: Record<string, unknown>): SimDetection;
  setOdsTargets(targets: unknown): SimOdsTarget[];
  odsTargets(): SimOdsTarget[];
  /** The debug log of a trigger, by id or name, oldest first. */
  triggerLog(idOrName: string | number): TriggerLogEntry[];
  /** Resolves when every queued ODS request, and every REMOTE_RESPONSE run it caused, has finished. */
  settle(): Promise<void>;
}

function schemaProblems(schema: object, body: unknown, what: string): string[] {
  if (body === undefined || body === null) return [`${what}: a JSON object is required`];
  return validate(schema, body).map((p) => `${what}: ${pointerToPath(p.pointer) || "(body)"}: ${p.message}`);
}

const MITRE_URL = (kind: "tactics" | "techniques", id: string) =>
  `https://attack.mitre.org/${kind}/${id.replace(".", "/")}/`;

/** Participant ids and MITRE urls filled in where the body left them out. */
function complete(fields: Record<string, unknown>): Record<string, unknown> {
  const out = { ...fields };
  if (Array.isArray(out.participants))
    out.participants = (out.participants as Array<Record<string, unknown>>).map((p, i) => ({
      external: false,
      ...p,
      id: p.id ?? i + 1,
    }));
  for (const kind of ["tactics", "techniques"] as const) {
    const key = `mitre_${kind}`;
    if (Array.isArray(out[key]))
      out[key] = (out[key] as Array<{ id: string; url?: string }>).map((m) => ({
        ...m,
        url: m.url ?? MITRE_URL(kind, m.id),
      }));
  }
  return out;
}

/** Throws EH803 (400) unless the detection converts to a valid trigger-side Detection. */
function checkConverts(d: SimDetection): void {
  try {
    detectionFromRest(restDetection(d));
  } catch (err) {
    const messages =
      err instanceof EhtrigError ? err.diagnostics.map((x) => x.message) : [(err as Error).message];
    throw refuse(400, "EH803", messages);
  }
}

export function createApplianceApi(ctx: SimContext, host: TriggerHost): ApplianceApi {
  const state = ctx.state;

  function triggerNamed(idOrName: string | number): SimTrigger {
    const found = findTrigger(state.triggers, String(idOrName));
    if ("problem" in found) throw new SimRequestError(found.ambiguous ? 400 : 404, [found.problem]);
    return found;
  }

  return {
    createDetection(fields) {
      const problems = schemaProblems(createSchema, fields, "new detection");
      if (problems.length) throw refuse(400, "EH803", problems);
      const now = Date.now();
      const id = highestId(state.detections) + 1;
      const d: SimDetection = {
        id,
        title: "",
        type: "",
        description: "",
        categories: [],
        risk_score: null,
        start_time: now,
        end_time: null,
        update_time: now,
        create_time: now,
        participants: [],
        mitre_tactics: [],
        mitre_techniques: [],
        properties: {},
        ticket_id: null,
        assignee: null,
        status: null,
        resolution: null,
        appliance_id: 0,
        is_user_created: false,
        ...(complete(fields) as Partial<SimDetection>),
        mod_time: now,
      };
      checkConverts(d);
      state.detections[id] = d;
      ctx.changed();
      host.detectionUpdate(d, true);
      return structuredClone(d);
    },

    updateDetection(id, fields) {
      const d = state.detections[id];
      if (!d) throw refuse(404, "EH803", [`detection ${id} not found`]);
      const problems = schemaProblems(updateSchema, fields, `update of detection ${id}`);
      if (problems.length) throw refuse(400, "EH803", problems);
      const now = Date.now();
      const changed: SimDetection = {
        ...d,
        ...(complete(fields) as Partial<SimDetection>),
        update_time: now,
        mod_time: now,
      };
      checkConverts(changed);
      Object.assign(d, changed);
      ctx.changed();
      host.detectionUpdate(d, false);
      return structuredClone(d);
    },

    setOdsTargets(targets) {
      let checked: SimOdsTarget[];
      try {
        checked = checkTargets(targets, "ODS targets");
      } catch (err) {
        if (!(err instanceof EhtrigError)) throw err;
        throw new SimRequestError(400, err.diagnostics);
      }
      state.odsTargets = checked;
      host.targetsChanged();
      ctx.changed();
      return structuredClone(checked);
    },

    odsTargets: () => structuredClone(state.odsTargets ?? []),

    triggerLog(idOrName) {
      return host.log(triggerNamed(idOrName).id);
    },

    settle: () => host.delivery.settle(),
  };
}

/** The highest numeric key (0 for none), without spreading them into one call: a seeded state may hold more than a call takes. */
function highestId(byId: Readonly<Record<string, unknown>>): number {
  let max = 0;
  for (const key of Object.keys(byId)) max = Math.max(max, Number(key));
  return max;
}
