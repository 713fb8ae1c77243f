/**
 * compareEngines(): runs the same compiled trigger and the same events in node:vm and in the
 * ES5 interpreter, and reports where they differ (ODS calls, log lines, detections, records,
 * whether the run threw, and from which file and line). uuid() is made deterministic so both sides agree.
 */
import type { EventName } from "../build/engine/events.ts";
import { loadScript, loadTrigger, type FireInput, type LoadOptions, type ScriptDefinition } from "./load.ts";
import type { TriggerRun } from "./run.ts";

export interface EngineComparison {
  same: boolean;
  differences: string[];
  vm: TriggerRun[];
  interpreter: TriggerRun[];
}

export type EventStep = [EventName, FireInput?];

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
    steps.forEach(([event, input], n) => {
      const a = vmTrigger.fire(event, input);
      const b = interpTrigger.fire(event, input);
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
