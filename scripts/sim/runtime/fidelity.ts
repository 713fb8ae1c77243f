/**
 * How the simulated appliance (`ehtrig sim`) runs deployed triggers, where that differs from the
 * test harness it is built on and from a sensor. Rendered into docs/fidelity.md by
 * scripts/gen/fidelity-doc.ts, next to the harness's own entries.
 */
import type { FidelityEntry } from "../../../simulated-engine/engine/fidelity-entry.ts";

export const APPLIANCE_FIDELITY: FidelityEntry[] = [
  {
    name: "Remote.HTTP",
    status: "simulated",
    differences: [
      "Really sent over HTTP(S) once the trigger returns, one request at a time per target, in order, to the host, port and protocol of the target set with PUT /ehtrig/odstargets or `ehtrig sim --targets`.",
      "The target's additional_header and basic authentication are added, the trigger's own headers replacing any of the same name; Content-Encoding gzip and deflate compress the payload; other authentication types are refused when the target is set.",
      "A Buffer payload is sent as its UTF-8 text.",
      "A request to a target that is not configured returns false and writes a debug-log line (the harness throws instead; the sensor's wording is UNCONFIRMED).",
      "Connection failures, timeouts (5 s) and answers of 400 and up are written to the trigger's debug log; there is no retry or queue limit.",
    ],
  },
  {
    name: "Remote.response",
    status: "simulated",
    differences: [
      "REMOTE_RESPONSE runs on the requesting trigger, when its events list REMOTE_RESPONSE and the target answered at all (no event when the connection failed); header names keep the case the target sent.",
    ],
  },
  {
    name: "Remote.Syslog",
    status: "recorded",
    differences: ["Checked against the configured targets, then dropped: nothing is sent."],
  },
  {
    name: "Remote.Kafka",
    status: "recorded",
    differences: ["Checked against the configured targets, then dropped: nothing is sent."],
  },
  {
    name: "Remote.MongoDB",
    status: "recorded",
    differences: ["Checked against the configured targets, then dropped: nothing is sent."],
  },
  {
    name: "Remote.Raw",
    status: "recorded",
    differences: ["Checked against the configured targets, then dropped: nothing is sent."],
  },
  {
    name: "log",
    status: "simulated",
    differences: [
      "Lines go to the trigger's debug log (GET /ehtrig/triggers/{idOrName}/log, `ehtrig sim logs`), with uncaught exceptions and delivery problems; repeats within 30 s are left out; the newest 1000 entries per trigger are kept, in memory only.",
    ],
  },
  {
    name: "Detection",
    status: "simulated",
    differences: [
      "Made from the REST detection stored on the appliance (POST and PATCH /ehtrig/detections); PATCH /api/v1/detections with ticket fields runs nothing, as the reference says, and the next update shows them.",
    ],
  },
];

export const APPLIANCE_NOTES: string[] = [
  "DETECTION_UPDATE runs every enabled trigger that lists it, assigned or not: the reference says triggers on this event cannot be assigned to devices and run whenever it occurs. Disabled triggers never run.",
  "All triggers share one Session table, as on a sensor; its packet clock follows the wall clock (in-process, advanceClock() moves it ahead for tests). SESSION_EXPIRE does not run: expired keys are dropped. Each trigger keeps its cache() until it is saved again (any PATCH or bundle apply).",
  "Only DETECTION_UPDATE (from the /ehtrig/detections routes) and REMOTE_RESPONSE run; no traffic events, timers or EXTERNAL_DATA.",
  "Triggers run one after the other in id order on the event that caused them; a trigger that throws or times out (1000 ms) does not stop the others.",
  "The ES2015+ built-ins allowed are those of the project's engine level when `ehtrig sim` starts in a project folder (startSimulatedAppliance: the `engineBuiltins` option), otherwise none.",
];
