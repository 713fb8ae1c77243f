/** `Network`: custom metrics at the network level, recorded in the run's `metrics`. */
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { addMetricMethods } from "./metrics.ts";

export class NetworkGlobal {
  constructor(env: EngineEnv) {
    addMetricMethods(this, env, () => "Network");
  }
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Network",
    status: "recorded",
    differences: ["Metrics are recorded per call, not aggregated into metric cycles."],
  },
];
