/** Helpers for the harness's own tests: load a small hand-written ES5 trigger. */
import { loadScript, type LoadOptions, type LoadedTrigger } from "../../simulated-engine/load.ts";
import type { TargetConfig } from "../../build/project/config.ts";

export const TEST_TARGETS: Record<string, TargetConfig> = {
  "ticket-server": { type: "http" },
  siem: { type: "syslog" },
  bus: { type: "kafka" },
  mongo: { type: "mongodb" },
  raw: { type: "raw" },
};

let n = 0;

/** A trigger whose body is `body`, wrapped as the compiler wraps it: (function () { ... })(). */
export function inlineTrigger(
  body: string,
  events: string[] = ["DETECTION_UPDATE"],
  opts: LoadOptions & { debug?: boolean } = {},
): LoadedTrigger {
  return loadScript(
    { id: `inline-${++n}`, events, debug: opts.debug, script: `(function () {\n${body}\n})();\n` },
    { targets: TEST_TARGETS, ...opts },
  );
}
