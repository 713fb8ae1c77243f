/** The `Trigger` global: the trigger's own settings. */
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";

export class TriggerGlobal {
  readonly #env: EngineEnv;
  constructor(env: EngineEnv) {
    this.#env = env;
  }
  /** The "Enable debug log" checkbox; from the trigger's `debug` flag unless the test overrides it. */
  get isDebugEnabled(): boolean {
    return this.#env.trigger.debug;
  }
}

export const FIDELITY: FidelityEntry[] = [{ name: "Trigger", status: "simulated", differences: [] }];
