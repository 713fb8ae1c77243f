/**
 * compareEngines(): runs the same compiled trigger and the same events in node:vm and in the
 * ES5 interpreter, and reports where they differ (ODS calls, log lines, detections, records,
 * whether the run threw, and from which file and line). uuid() is made deterministic so both sides agree.
 */
import type { EventName } from "../build/engine/events.ts";
import type { EventInput } from "./fixtures/inputs.ts";
import {
  loadScript,
  loadTrigger,
  type LoadedTrigger,
  type LoadOptions,
  type ScriptDefinition,
} from "./load.ts";
import type { TriggerRun } from "./run.ts";

export interface EngineComparison {
  same: boolean;
  differences: string[];
  vm: TriggerRun[];
  interpreter: TriggerRun[];
}

/** One event to fire on both engines, with its input typed for that event. */
export type EventStep = { [E in EventName]: [E, EventInput<E>?] }[EventName];

/** fire() for a step whose event and input types TypeScript cannot correlate. */
function fireStep(trigger: LoadedTrigger, [event, input]: EventStep): TriggerRun {
  return (trigger.fire as (e: EventName, i?: object) => TriggerRun)(event, input);
}

function counterUuid(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
}

/** What both engines must agree on. */
function observable(run: TriggerRun) {
  return {
    ods: run.ods,
    logs: run.logs,
    detections: run.detections,
    records: run.records,
    metrics: run.metrics,
    // File and line, not column: V8 points at the called property, JS-Interpreter at the call.
    error: run.error && {
      name: run.error.name,
      message: run.error.message,
      location: run.error.location && { file: run.error.location.file, line: run.error.location.line },
    },
  };
}

/** @param trigger a trigger id or name of the project, or a script given inline. */
export function compareEngines(
  trigger: string | ScriptDefinition,
  steps: EventStep[],
  opts: LoadOptions = {},
): EngineComparison {
  const load = (engine: "vm" | "interpreter") => {
    const o = { ...opts, engine, sensor: undefined, uuid: counterUuid() };
    return typeof trigger === "string" ? loadTrigger(trigger, o) : loadScript(trigger, o);
  };
  const vmTrigger = load("vm");
  const interpTrigger = load("interpreter");
  const vm: TriggerRun[] = [];
  const interpreter: TriggerRun[] = [];
  const differences: string[] = [];
  try {
    steps.forEach((step, n) => {
      const event = step[0];
      const a = fireStep(vmTrigger, step);
      const b = fireStep(interpTrigger, step);
      vm.push(a);
      interpreter.push(b);
      const x = JSON.stringify(observable(a));
      const y = JSON.stringify(observable(b));
      if (x !== y) differences.push(`step ${n} (${event}):\n  vm:          ${x}\n  interpreter: ${y}`);
    });
  } finally {
    vmTrigger.dispose();
    interpTrigger.dispose();
  }
  return { same: differences.length === 0, differences, vm, interpreter };
}
