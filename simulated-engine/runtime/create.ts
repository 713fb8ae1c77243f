/** Picks the runtime a loaded trigger runs in. */
import { VmRuntime } from "./context.ts";
import { InterpreterRuntime } from "../interp/interpreter-runtime.ts";
import type { EngineKind, RuntimeSetup, TriggerRuntime } from "./runtime.ts";

export function createRuntime(engine: EngineKind, setup: RuntimeSetup): TriggerRuntime {
  return engine === "interpreter" ? new InterpreterRuntime(setup) : new VmRuntime(setup);
}
