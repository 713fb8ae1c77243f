/**
 * The fidelity table (docs/fidelity.md), generated from the code: the globals the trigger types
 * declare (types/*.d.ts), the event → class table (build/engine/events.ts) and the FIDELITY
 * entries each engine module exports. `npm run docs:gen` writes it; a test fails when the
 * committed file is stale.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { API_CLASSES } from "../../build/engine/api-members.ts";
import { EVENT_SCOPED_GLOBALS, eventsProviding } from "../../build/engine/events.ts";
import { DEPRECATED_GLOBALS, UNIVERSAL_GLOBALS } from "../../build/engine/globals.ts";
import { FIDELITY as application } from "../../simulated-engine/engine/application.ts";
import { FIDELITY as buffer } from "../../simulated-engine/engine/buffer.ts";
import { FIDELITY as device } from "../../simulated-engine/engine/device.ts";
import { FIDELITY as ipaddress } from "../../simulated-engine/engine/ipaddress.ts";
import { FIDELITY as network } from "../../simulated-engine/engine/network.ts";
import { FIDELITY as geoip } from "../../simulated-engine/engine/geoip.ts";
import { FIDELITY as threatIntel } from "../../simulated-engine/engine/threat-intel.ts";
import { FIDELITY as cache } from "../../simulated-engine/engine/cache.ts";
import { FIDELITY as commit } from "../../simulated-engine/engine/commit.ts";
import { FIDELITY as crypto } from "../../simulated-engine/engine/crypto.ts";
import { FIDELITY as detection } from "../../simulated-engine/engine/detection.ts";
import { FIDELITY as externalData } from "../../simulated-engine/engine/external-data.ts";
import type { FidelityEntry, FidelityStatus } from "../../simulated-engine/engine/fidelity-entry.ts";
import { FIDELITY as log } from "../../simulated-engine/engine/log.ts";
import { FIDELITY as http } from "../../simulated-engine/engine/remote-http.ts";
import { FIDELITY as kafka } from "../../simulated-engine/engine/remote-kafka.ts";
import { FIDELITY as mongodb } from "../../simulated-engine/engine/remote-mongodb.ts";
import { FIDELITY as raw } from "../../simulated-engine/engine/remote-raw.ts";
import { FIDELITY as response } from "../../simulated-engine/engine/remote-response.ts";
import { FIDELITY as syslog } from "../../simulated-engine/engine/remote-syslog.ts";
import { FIDELITY as session } from "../../simulated-engine/engine/session.ts";
import { FIDELITY as system } from "../../simulated-engine/engine/system.ts";
import { FIDELITY as time } from "../../simulated-engine/engine/time.ts";
import { FIDELITY as trigger } from "../../simulated-engine/engine/trigger.ts";
import { APPLIANCE_FIDELITY, APPLIANCE_NOTES } from "../sim/runtime/fidelity.ts";
import { FIDELITY as datastore } from "../../simulated-engine/engine/datastore.ts";
import { FIDELITY as eventObjects } from "../../simulated-engine/engine/event-objects.ts";
import { methodFidelity } from "../../simulated-engine/engine/protocol-methods.ts";
import { FIDELITY as stores } from "../../simulated-engine/engine/stores.ts";
import { fixtureClasses } from "./fixture-types.ts";

export const FIDELITY_FILE = "docs/fidelity.md";

/** True when some member of the class may be read only on some events (api-members.json). */
function hasEventLimits(className: string): boolean {
  const cls = API_CLASSES.find((c) => c.class === className);
  return !!cls && [...cls.properties, ...cls.methods].some((m) => m.readableOn?.length);
}

/** Values found only inside an event object: their rows take the events of that object. */
const VALUE_CLASS_OWNERS: Record<string, string> = {
  Dataset: "MetricRecord",
  Sampleset: "MetricRecord",
  Topnset: "MetricRecord",
  SSLCert: "SSL",
};

/** True when the reference lists methods for the class. */
function hasMethods(className: string): boolean {
  return (API_CLASSES.find((c) => c.class === className)?.methods.length ?? 0) > 0;
}

/** Every entry the engine modules export. */
export const ENGINE_ENTRIES: FidelityEntry[] = [
  ...detection,
  ...externalData,
  ...session,
  ...cache,
  ...crypto,
  ...log,
  ...commit,
  ...time,
  ...trigger,
  ...system,
  ...buffer,
  ...ipaddress,
  ...network,
  ...device,
  ...application,
  ...geoip,
  ...threatIntel,
  ...http,
  ...kafka,
  ...syslog,
  ...mongodb,
  ...raw,
  ...response,
  ...stores,
  ...datastore,
  ...eventObjects,
  ...methodFidelity(fixtureClasses().map((c) => c.class)),
];

/** Entries of the runtime itself, which no single engine module owns. */
const RUNTIME_ENTRIES: FidelityEntry[] = [
  {
    name: "event",
    status: "simulated",
    differences: [
      "A plain global variable; the trigger could overwrite it (on the sensor it is likely read-only).",
    ],
  },
  {
    name: "Remote",
    status: "simulated",
    differences: ["The five target classes are listed separately below."],
  },
];

const STATUS_TEXT: Record<FidelityStatus, string> = {
  simulated: "behaves as on the sensor, within the differences listed",
  recorded: "calls are checked and recorded for assertions; nothing leaves the test",
  fixture:
    "the test supplies the object's properties as data when it fires the event (methods: see their own rows)",
  absent: "not modelled: using it throws an error that says so",
};

/** Global names declared in the trigger types (declare const/function/namespace/var/let/class). */
export function declaredGlobals(typesDir: string): string[] {
  if (!existsSync(typesDir)) return [];
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".d.ts")) {
        const text = readFileSync(path, "utf8");
        for (const m of text.matchAll(
          /^declare\s+(?:const|function|namespace|var|let|class)\s+([A-Za-z_$][\w$]*)/gm,
        ))
          names.add(m[1]);
      }
    }
  };
  walk(typesDir);
  return [...names].sort();
}

export interface FidelityRow extends FidelityEntry {
  /** Events that provide it, or "all". */
  events: string;
}

export function fidelityRows(root: string): FidelityRow[] {
  const byName = new Map<string, FidelityEntry>();
  for (const e of [...RUNTIME_ENTRIES, ...ENGINE_ENTRIES]) byName.set(e.name, e);
  const names = new Set<string>([
    ...declaredGlobals(join(root, "types")),
    ...UNIVERSAL_GLOBALS,
    ...EVENT_SCOPED_GLOBALS,
    ...Object.keys(DEPRECATED_GLOBALS),
    ...byName.keys(),
  ]);
  const rows: FidelityRow[] = [];
  for (const name of names) {
    const first = name.split(".")[0];
    const base = VALUE_CLASS_OWNERS[first] ?? first;
    const scoped = EVENT_SCOPED_GLOBALS.has(base) && !UNIVERSAL_GLOBALS.has(base);
    const providers = scoped ? eventsProviding(base) : [];
    const events = scoped
      ? providers.length > 6
        ? `${providers.slice(0, 6).join(", ")} (+${providers.length - 6})`
        : providers.join(", ")
      : "all";
    const entry = byName.get(name);
    if (entry) rows.push({ ...entry, events });
    else if (name in DEPRECATED_GLOBALS)
      rows.push({
        name,
        status: "absent",
        events,
        differences: [`Deprecated; throws with the hint: ${DEPRECATED_GLOBALS[name]}.`],
      });
    else if (scoped)
      rows.push({
        name,
        status: "fixture",
        events,
        differences: [
          "Properties come from `fire(event, { " +
            name +
            ": {...} })` (typed per event; builders for the common families)." +
            (hasMethods(name) ? " Each method has its own row below." : "") +
            (hasEventLimits(name)
              ? " Top-level members the reference limits to other events throw when read, as on the sensor."
              : ""),
        ],
      });
    else
      rows.push({
        name,
        status: "absent",
        events,
        differences: ["Not simulated; any use throws an error naming docs/fidelity.md."],
      });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** General differences of the runtime, not tied to one global. */
const RUNTIME_NOTES = [
  "The script runs in a node:vm context holding only ES5 built-ins: ES2015+ globals and methods are removed (except `Number.MAX_SAFE_INTEGER`, `MIN_SAFE_INTEGER` and `EPSILON`, which V8 makes undeletable), `eval` and `new Function` throw, there is no `require`, `process`, timers or `console`. The sensor's own language level is undocumented and may be more permissive.",
  "The per-event time limit (default 1000 ms, `timeLimitMs`) is enforced by checks the harness adds to loops and function entries of the compiled script; one long native call, such as a catastrophic regular expression, is not interrupted. The sensor's budget is undocumented.",
  "Values from the harness are created in the script's realm; engine functions (Remote.HTTP, log, …) run in the harness but inherit from the script's `Function.prototype`, so `Remote.HTTP instanceof Function` holds and their `constructor` cannot compile strings.",
  "`Date.now()` and `new Date()` read wall time; only getTimestamp() follows the simulated packet clock.",
  "Each event starts from a clean global scope: globals a run creates by assigning undeclared names are removed before the next run, and engine globals cannot be reassigned. Whether the sensor keeps such globals between runs is undocumented; keep state in the Session table or cache().",
  "The interpreter engine (JS-Interpreter) runs the same artifact as a second opinion; it does not call a user-defined toString from `String(x)`, lacks `Object.freeze`/`seal`/`isFrozen`/`isSealed` and a default comparator for `Array.prototype.sort()` (the harness supplies ES5 versions), has timers and code generation from strings (the harness removes them, as in the vm context), and its `JSON.stringify` fails on engine objects such as an IPAddress.",
];

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The table as committed: rendered, then formatted by prettier so `npm run format:check` agrees. */
export async function renderFidelity(root: string): Promise<string> {
  const options = (await prettier.resolveConfig(join(root, FIDELITY_FILE))) ?? {};
  return prettier.format(renderFidelityText(root), { ...options, parser: "markdown" });
}

export function renderFidelityText(root: string): string {
  const rows = fidelityRows(root);
  const count = (s: FidelityStatus) => rows.filter((r) => r.status === s).length;
  const lines = [
    "# Harness fidelity",
    "",
    "<!-- Generated by `npm run docs:gen` from types/*.d.ts, build/engine/events.ts and the FIDELITY entries of simulated-engine/engine/*.ts. Do not edit. -->",
    "",
    "How faithfully the ehtrig test harness models each engine global of the ExtraHop Trigger API 26.2.",
    "A difference from the sensor that is not listed here is a bug in the harness.",
    "",
    "| status | meaning | globals |",
    "| --- | --- | --- |",
    ...(Object.keys(STATUS_TEXT) as FidelityStatus[]).map(
      (s) => `| ${s} | ${STATUS_TEXT[s]} | ${count(s)} |`,
    ),
    "",
    "## Runtime",
    "",
    ...RUNTIME_NOTES.map((n) => `- ${n}`),
    "",
    "## Globals",
    "",
    "| global | status | events | known differences |",
    "| --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| \`${r.name}\` | ${r.status} | ${cell(r.events)} | ${cell(r.differences.join(" ") || "none known")} |`,
    ),
    "",
    "## In the simulated appliance",
    "",
    "`ehtrig sim` runs deployed triggers on this harness, with these differences (scripts/sim/runtime/fidelity.ts); globals not listed behave as in the table above.",
    "",
    ...APPLIANCE_NOTES.map((n) => `- ${n}`),
    "",
    "| global | status | differences |",
    "| --- | --- | --- |",
    ...APPLIANCE_FIDELITY.map((r) => `| \`${r.name}\` | ${r.status} | ${cell(r.differences.join(" "))} |`),
    "",
  ];
  return lines.join("\n");
}
