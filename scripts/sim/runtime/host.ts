/**
 * Runs the triggers deployed on the simulated appliance on the harness's engine
 * (simulated-engine), like a sensor: one shared Sensor (Session table, packet clock following
 * wall time), and per trigger one loaded script that keeps its cache() between events until the
 * trigger is saved again. A trigger that throws gets the exception in its debug log; the others
 * still run and the appliance carries on. Accepted Remote.HTTP calls go to OdsDelivery.
 */
import { detectionFromRest, type RestDetection } from "../../../simulated-engine/fixtures/rest-detection.ts";
import { loadScript, type LoadedTrigger } from "../../../simulated-engine/load.ts";
import { Sensor } from "../../../simulated-engine/engine/sensor.ts";
import type { OdsCall } from "../../../simulated-engine/engine/records.ts";
import type { TriggerRun } from "../../../simulated-engine/run.ts";
import type { EventInput } from "../../../simulated-engine/fixtures/inputs.ts";
import type { EventName } from "../../../build/engine/events.ts";
import type { SimDetection, SimState, SimTrigger } from "../state.ts";
import { OdsDelivery, type HttpAnswer } from "./delivery.ts";
import { declaredTargets, type SimOdsTarget } from "./targets.ts";
import { exceptionLine, TriggerLogs, type TriggerLogEntry } from "./trigger-log.ts";

/**
 * Events that run a trigger without a device or device group assignment. The reference says of
 * DETECTION_UPDATE: "You cannot assign triggers that run only on this event to specific devices
 * or device groups. Triggers that run on this event will run whenever this event occurs."
 * REMOTE_RESPONSE goes to the trigger that made the request.
 */
const UNASSIGNED_EVENTS: ReadonlySet<string> = new Set(["DETECTION_UPDATE", "REMOTE_RESPONSE"]);

export interface HostOptions {
  /** ES2015+ built-ins the engine allows (build/engine/language.ts); default none (ES5). */
  builtins?: readonly string[];
  timeLimitMs?: number;
  odsTimeoutMs?: number;
}

/** Whether a trigger runs on an event: enabled, subscribed, and assigned where the event needs it. */
export function runsOn(state: SimState, t: SimTrigger, event: string): boolean {
  if (t.disabled || !t.events.includes(event)) return false;
  if (UNASSIGNED_EVENTS.has(event) || t.apply_all) return true;
  const a = state.assignments[t.id];
  return !!a && (a.devices.length > 0 || a.devicegroups.length > 0);
}

/** The REST form of a stored detection, with the defaults a seeded one lacks. */
export function restDetection(d: SimDetection): RestDetection {
  const time = d.update_time ?? d.mod_time;
  return {
    description: "",
    categories: [],
    risk_score: null,
    start_time: d.start_time ?? time,
    end_time: null,
    participants: [],
    mitre_tactics: [],
    mitre_techniques: [],
    properties: {},
    appliance_id: 0,
    ...d,
    update_time: time,
  } as unknown as RestDetection;
}

export class TriggerHost {
  readonly sensor: Sensor;
  readonly logs = new TriggerLogs();
  readonly delivery: OdsDelivery;
  readonly #state: SimState;
  readonly #opts: HostOptions;
  /** The sensor's view of the targets: one object, updated in place when they change. */
  readonly #declared: Record<string, { type: SimOdsTarget["type"] }> = {};
  readonly #loaded = new Map<number, { modTime: number; script: string; trigger: LoadedTrigger }>();

  constructor(state: SimState, opts: HostOptions = {}) {
    this.#state = state;
    this.#opts = opts;
    this.sensor = new Sensor({ targets: this.#declared, startTime: Date.now(), liveOds: true });
    this.delivery = new OdsDelivery(
      {
        problem: (id, event, message) => this.#write(id, { event, kind: "ods", message }),
        response: (id, call, answer) => this.#response(id, call, answer),
      },
      { timeoutMs: opts.odsTimeoutMs },
    );
    this.targetsChanged();
  }

  /** Call after state.odsTargets changed. */
  targetsChanged(): void {
    for (const k of Object.keys(this.#declared)) delete this.#declared[k];
    Object.assign(this.#declared, declaredTargets(this.#state.odsTargets ?? []));
  }

  /** Fires DETECTION_UPDATE for a stored detection on every trigger that runs on it; returns their ids. */
  detectionUpdate(d: SimDetection, isEventCreate: boolean): number[] {
    const detection = detectionFromRest(restDetection(d), { isEventCreate });
    const ran: number[] = [];
    for (const t of [...this.#state.triggers]) {
      if (!runsOn(this.#state, t, "DETECTION_UPDATE")) continue;
      ran.push(t.id);
      this.#fire(t, "DETECTION_UPDATE", { detection });
    }
    return ran;
  }

  log(triggerId: number): TriggerLogEntry[] {
    return this.logs.of(triggerId);
  }

  /**
   * Forgets loaded scripts and logs of triggers that no longer exist (a trigger whose script
   * failed to load has a log but no loaded script).
   */
  prune(): void {
    const ids = new Set(this.#state.triggers.map((t) => t.id));
    for (const [id, l] of this.#loaded)
      if (!ids.has(id)) {
        l.trigger.dispose();
        this.#loaded.delete(id);
      }
    this.logs.retain(ids);
  }

  dispose(): void {
    for (const l of this.#loaded.values()) l.trigger.dispose();
    this.#loaded.clear();
  }

  #write(triggerId: number, entry: Omit<TriggerLogEntry, "time">): void {
    this.logs.add(triggerId, { time: Date.now(), ...entry });
  }

  /** The loaded script of a trigger; loaded again when the trigger was saved since. */
  #load(t: SimTrigger): LoadedTrigger {
    const have = this.#loaded.get(t.id);
    if (have && have.modTime === t.mod_time && have.script === t.script) return have.trigger;
    have?.trigger.dispose();
    const trigger = loadScript(
      { id: String(t.id), name: t.name, events: t.events, debug: t.debug, script: t.script },
      {
        sensor: this.sensor,
        keepState: true,
        builtins: this.#opts.builtins ?? [],
        timeLimitMs: this.#opts.timeLimitMs,
      },
    );
    this.#loaded.set(t.id, { modTime: t.mod_time, script: t.script, trigger });
    return trigger;
  }

  #fire<E extends EventName>(t: SimTrigger, event: E, input: EventInput<E>): void {
    // Packet time follows the wall clock, so Session expiry and repeated-line suppression work.
    const now = Date.now();
    if (now > this.sensor.clock.now) this.sensor.advance(now - this.sensor.clock.now);
    // SESSION_EXPIRE is not run here: drop the expired keys it would report.
    this.sensor.session.drainExpired();
    let run: TriggerRun;
    try {
      run = this.#load(t).fire(event, input);
    } catch (err) {
      // The script does not compile, or the harness refused the input: log it, keep going.
      const error = { name: (err as Error).name, message: (err as Error).message, timedOut: false };
      this.#write(t.id, { event, kind: "error", message: exceptionLine(error, undefined), error });
      return;
    }
    for (const line of run.logs)
      if (!line.suppressed) this.#write(t.id, { event, kind: line.level, message: line.message });
    if (run.error) {
      const { name, message, timedOut } = run.error;
      const script = run.error.scriptLocation ?? undefined;
      const error = { name, message, timedOut };
      this.#write(t.id, {
        event,
        kind: "error",
        message: exceptionLine(error, script),
        error,
        ...(script ? { script } : {}),
      });
    }
    // Requests the trigger queued before it threw are still sent.
    for (const call of run.ods) {
      if (call.kind !== "http" || !call.accepted) continue;
      const target = this.#state.odsTargets?.find((x) => x.name === call.target && x.type === "http");
      if (target) this.delivery.queue(t.id, event, call, target);
    }
  }

  #response(triggerId: number, call: OdsCall, answer: HttpAnswer): void {
    const t = this.#state.triggers.find((x) => x.id === triggerId);
    if (!t || !runsOn(this.#state, t, "REMOTE_RESPONSE")) return;
    this.#fire(t, "REMOTE_RESPONSE", {
      response: { status: answer.status, headers: answer.headers, body: answer.body, context: call.context },
    });
  }
}
