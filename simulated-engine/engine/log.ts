/**
 * log() and debug(): lines of the trigger's debug log. debug() writes only when the trigger's
 * debug flag is on; every message is cut at 2048 bytes; a message repeated within 30 s of packet
 * time is shown once (the harness records it, marked suppressed).
 */
import { cutUtf8 } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";

export const LOG_MESSAGE_MAX_BYTES = 2048;
export const LOG_REPEAT_WINDOW_MS = 30_000;

/** String(message) as the engine prints it; objects print as [object Object]. */
function text(message: unknown): string {
  return String(message);
}

export function createLogGlobals(env: EngineEnv) {
  const shown = new Map<string, number>();
  const write = (level: "log" | "debug", message: unknown) => {
    const { text: cut, cut: truncated } = cutUtf8(text(message), LOG_MESSAGE_MAX_BYTES);
    const now = env.current.timestamp;
    const last = shown.get(cut);
    const suppressed = last !== undefined && now - last < LOG_REPEAT_WINDOW_MS;
    if (!suppressed) shown.set(cut, now);
    env.current.run.logs.push({ level, message: cut, truncated, suppressed });
  };
  return {
    log: (message: unknown) => write("log", message),
    debug: (message: unknown) => {
      if (env.trigger.debug) write("debug", message);
    },
    /** Forget what was shown (new test). */
    resetRepeats: () => shown.clear(),
  };
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "log",
    status: "recorded",
    differences: ["Runtime errors are reported in the run's `error`, not as debug-log lines."],
  },
  { name: "debug", status: "recorded", differences: [] },
];
