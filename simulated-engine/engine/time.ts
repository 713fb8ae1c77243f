/** getTimestamp(): the packet time of the event, in ms (with a microsecond fraction). */
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";

export function createTimeGlobals(env: EngineEnv) {
  return { getTimestamp: () => env.current.timestamp };
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "getTimestamp",
    status: "simulated",
    differences: [
      "Packet time is the harness clock, or the `timestamp` given to fire(); `Date.now()` stays wall time.",
    ],
  },
];
