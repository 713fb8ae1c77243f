/**
 * Every problem ehtrig reports is a Diagnostic: a stable code, a location, a message and a
 * one-line fix hint. Stages return diagnostics; only the CLI prints them. Tests assert on codes,
 * never on wording.
 */

export type Severity = "error" | "warning";

export interface Location {
  /** Path relative to the project root, forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  hint: string;
  location?: Location;
  /** The trigger the problem belongs to, when there is one. */
  trigger?: string;
}

/** The catalog: code → default hint. Codes never change meaning once published. */
export const CODES = {
  // project and configuration (EH1xx)
  EH100: "Create ehtrig.config.json at the project root (see README, 'Project config').",
  EH101: "Fix the field named in the message; the schema is build/project/config.schema.json.",
  EH102: "Put trigger sources in triggers/*.ts (shared code goes in triggers/lib/).",
  EH103: "Pick a name that is not used by another trigger.",
  EH104: "Name an existing trigger: its file stem (triggers/<id>.ts) or its name.",
  EH105:
    "Rename the file to <id>.ts with an id of ASCII letters, digits, '.', '_' and '-' (shared code goes in triggers/lib/).",
  EH106:
    'Create tsconfig.json at the project root (`npx ehtrig init` writes one): { "extends": "ehtrig/tsconfig.json", "include": ["triggers"] }.',
  EH110: "Fix package.json (it must be a JSON object), then run `npx ehtrig init` again.",
  // trigger metadata (EH2xx)
  EH200: "Add `export const trigger = { name, events: [...] } satisfies TriggerConfig;` to the file.",
  EH201: "Write the config as a plain object literal: strings, numbers, booleans, arrays and objects only.",
  EH202: "Fix the field named in the message; the schema is build/metadata/trigger-config.schema.json.",
  EH203: "Use an event name of the 26.2 Trigger API, for example DETECTION_UPDATE or HTTP_RESPONSE.",
  EH204:
    "Use the spelling named in the message; both run the same event, the other is kept for triggers written from the reference's event list.",
  // type-check (EH3xx)
  EH300: "Fix the TypeScript error at this position (common TypeScript codes carry their own hint).",
  EH301: "Check that the typescript package is installed (npm install).",
  // bundle and lower (EH4xx)
  EH400: "Fix the import or syntax error esbuild reports.",
  EH402:
    "Wrap the trigger body in a function and call it: function run(): void { … } run(); (a return then ends the run, as on the engine).",
  EH401: "Fix the construct Babel reports.",
  // verification gate (EH5xx)
  EH500: "The final script is not ES5; report this as an ehtrig bug with the trigger source.",
  EH501: "Add one of those events to the trigger's events, or move this code to a trigger that runs on them.",
  EH502: "Declare it with var/let/const, or use an engine global (see types/).",
  EH503: "Replace the ES2015+ built-in with an ES5 equivalent (or a helper in triggers/lib/).",
  EH504: "Replace the ES2015+ method with an ES5 equivalent, e.g. s.indexOf(x) === 0 for startsWith.",
  EH505: "Rewrite with callbacks or plain loops; the engine has no Promise, so async/await cannot run.",
  EH506: "Rewrite the generator as a function that returns an array or takes a callback.",
  EH507: "Use an ordinary property (for example _name) instead of a #private field.",
  EH508:
    "Drop the y, d or v flag (or the u/s flag in new RegExp); write the pattern with ES5 RegExp features.",
  EH509: "Use the replacement named in the message.",
  EH510: "The engine has no module system; import the code instead so that it is bundled.",
  EH511: "Prefer a plain Error with extra properties (e.g. err.status = 503) over a subclass of a built-in.",
  EH512:
    "Declare it with var (or let/const) at the top of the trigger; the engine's sloppy mode allows this, strict code would not.",
  EH513:
    'Declare the target under "targets" in ehtrig.config.json with the type of the Remote class that calls it (as it is configured on the appliance).',
  EH514:
    "Set the header in the ODS target's configuration on the appliance (authentication, Additional HTTP Header); the engine refuses it from a trigger.",
  EH515:
    "The name is probed but never there on the engine: drop the probe (and its branch); for npm code, pick a package (or an ehtrig/es5 export condition) without it.",
  // runtime, source maps and CLI (EH6xx)
  EH600: "Run `npx ehtrig build` first so that dist/ holds the trigger and its source map.",
  EH601: "Give a line number of the compiled script, as the ExtraHop debug log shows it.",
  EH602: "Check the command line with --help.",
  EH603: "This is an ehtrig bug; please report it with the command you ran.",
  EH604:
    "Run the build again (another build may have replaced the entry; the damaged one was removed, so the trigger is compiled again).",
  EH620: "Write the trigger's tests as test/triggers/<id>.test.ts; `npx ehtrig new` scaffolds one.",
  EH621: "Install vitest next to ehtrig: npm install --save-dev vitest",
  // REST client, appliances and secrets (EH70x–EH72x)
  EH700: "Add the appliance under `appliances` in ehtrig.config.json, or pass --host.",
  EH701:
    "Give the appliance one secret source: apiKeyEnv or apiKeyFile (oauth2: clientSecretEnv or clientSecretFile).",
  EH702:
    "Set the environment variable or create the file named in the message; secrets are never read from the command line.",
  EH703: "Use https://; plain http:// is only allowed to 127.0.0.1, ::1 or localhost.",
  EH704: "Check the CA file path; it must be a PEM certificate file.",
  EH705: "Make the key file readable by its owner only: chmod 600 FILE.",
  EH706: "Put only the secret in the file or variable: one line of visible ASCII characters.",
  EH710:
    "The appliance's certificate is not trusted: pass its CA with --ca FILE (or `ca` in the appliance config).",
  EH711: "Check the host name, port and network path to the appliance.",
  EH712: "The appliance did not answer in time; try again or raise the timeout.",
  EH713: "The appliance rejected the credentials: check the API key (or OAuth2 client id and secret).",
  EH714: "The credentials lack the privilege for this call; use a key with write access.",
  EH715: "Check the id in the request; the appliance does not know it.",
  EH716: "The appliance rejected the request body; the message carries its reason.",
  EH717: "The appliance kept failing after retries; try again later.",
  EH718: "The appliance answered in an unexpected shape; check the firmware version and report it.",
  EH719: "Check the OAuth2 client id and secret of the RevealX 360 API credentials.",
  // tickets sync and settings (EH73x–EH74x)
  EH730:
    "Give a CSV, JSON array or JSON Lines file of {detection_id, ticket_id, status, assignee, resolution} rows.",
  EH731: "Fix the row named in the message; nothing was sent.",
  EH732:
    "Enable ticket tracking first (`npx ehtrig tickets settings --enable`), or the appliance drops ticket_id.",
  EH733: "No longer reported: rows now fold into one state per detection. Run the same command again.",
  EH734:
    "The journal cannot be read or written whole: free disk space or lift the file size limit and rerun; a journal damaged before its last line must be moved away (which resends everything).",
  EH735: "Give --enable, --disable or --url-template (with $ticket_id) to change the settings.",
  // deploy (EH75x–EH76x)
  EH750: "Fix the build problems above; deploy only ships a project that builds and verifies.",
  EH751:
    "Rename the trigger, or set its author on the appliance to the project author to let ehtrig manage it.",
  EH752: "No longer reported: deploy now keeps the oldest managed trigger of a name and deletes the others.",
  EH753: "Run deploy again; triggers already deployed are skipped.",
  EH754: "Name a trigger id of this project (the file stem under triggers/).",
  EH755:
    "Bring the change into the project (`npx ehtrig pull NAME` imports the appliance's version), or deploy with --force to overwrite it.",
  EH756:
    "Give the trigger's name as the appliance shows it (or --all for every trigger of the project's author).",
  // bundles and import (EH77x–EH78x)
  EH770: "Run `npx ehtrig build` first so that dist/manifest.json and the scripts exist.",
  EH771: "Give an ExtraHop bundle (a JSON object with a Trigger array) or a plain trigger script.",
  EH772: "Move or delete the existing file first; import never overwrites.",
  EH773: "Fix the syntax error in the trigger script before importing it.",
  EH774: "Pass --name, --events (and optionally --description) for a plain trigger script.",
  EH775: "Import the bundle without --name/--events/--description, then rename triggers in their files.",
  EH776:
    "Give each trigger a name no other trigger of the bundle or the project has (edit the bundle, or pass --name for a one-trigger import).",
  EH777:
    "List each event once, with its 26.2 Trigger API name (edit the bundle, or pass --events for a one-trigger import).",
  EH778: "Shorten the trigger's name (or pass --name for a one-trigger import): its id becomes file names.",
  EH779: "Replace the <!-- comment with // in the script: bundled as a module it is a syntax error.",
  EH780:
    "Fix the field in the bundle: booleans are true/false, comment and name are strings, events is a list.",
  // simulated appliance (EH79x)
  EH790: "Delete the state file or fix its JSON; the simulator writes it itself.",
  EH791: "Write faults as rate=0.1,kinds=503+429+reset+slow,slowMs=200,retryAfter=0,seed=1,methods=PATCH.",
  // the simulated appliance running triggers (EH800–EH829)
  EH800:
    'Give a JSON array of targets, e.g. [{ "name": "ticket-server", "type": "http", "host": "127.0.0.1", "port": 8080, "protocol": "http" }].',
  EH801: "Fix the field named in the message; the schema is scripts/sim/schemas/ods-targets.schema.json.",
  EH802: "Give each target its own name: triggers address a target by its name.",
  EH803:
    "Fix the field named in the message: the body is a REST detection (snake_case, as GET /api/v1/detections/{id} returns it); see docs/rest.md.",
  EH804: "Name a trigger the simulated appliance has (its id or name, as `GET /api/v1/triggers` lists it).",
  EH805:
    "Deploy the current build (`npx ehtrig deploy`), or check out the sources that were deployed: script lines are shown unmapped.",
  EH806: "Run `npx ehtrig build` in the project that deployed the trigger: script lines are shown unmapped.",
  // simulated ticket server (EH84x)
  EH840:
    "Start the ticket server with `npx ehtrig ticket-server start` (or `npm run demo`), or pass --url with its address.",
  EH841: "Check the issue key with `npx ehtrig ticket-server list`; the message quotes the server's answer.",
  EH842: "Statuses are to do, in progress and done; resolutions (with done) are Done and Won't Do.",
  EH843:
    "The demo stopped at the step named in the message; run `npm run build` to see build problems, and report it if the example project is unchanged.",
  // test harness and fidelity (EH9xx)
  EH902: "Fix the field named in the message; the schema is simulated-engine/fixtures/detection.schema.json.",
  EH903: "Give the REST form of a detection, as GET /api/v1/detections/{id} returns it.",
  EH904: "Add the event to the trigger's events, or pass { strictEvents: false } to loadTrigger.",
  EH905: "Use an event name of the 26.2 Trigger API, for example DETECTION_UPDATE.",
  EH906: "Run `npm run docs:gen` in the ehtrig repository and commit docs/fidelity.md.",
  EH907: "The two engines disagree: the compiled script depends on something only one of them has.",
  EH908: "Give the input this event needs (see docs/testing.md, 'Events').",
  EH909: "Fix the build problems shown; the tests of the project's other triggers still run.",
  EH920:
    "Fix the fixture field named in the message (an address, a device id, a DNS answer); see docs/testing.md, 'Event fixtures'.",
} as const;

export type Code = keyof typeof CODES;

export function diagnostic(
  code: Code,
  message: string,
  extra: { location?: Location; trigger?: string; hint?: string; severity?: Severity } = {},
): Diagnostic {
  const d: Diagnostic = {
    code,
    severity: extra.severity ?? "error",
    message,
    hint: extra.hint ?? CODES[code],
  };
  if (extra.location) d.location = extra.location;
  if (extra.trigger) d.trigger = extra.trigger;
  return d;
}

/** Thrown to stop a command; carries the diagnostics and the exit code the CLI should use. */
export class EhtrigError extends Error {
  readonly diagnostics: Diagnostic[];
  /** 1: a problem in the user's code or input. 2: usage or internal error. */
  readonly exitCode: 1 | 2;

  constructor(diagnostics: Diagnostic[], exitCode: 1 | 2 = 1) {
    super(diagnostics.map((d) => `${d.code} ${d.message}`).join("\n"));
    this.name = "EhtrigError";
    this.diagnostics = diagnostics;
    this.exitCode = exitCode;
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export function formatLocation(loc: Location | undefined): string {
  return loc ? `${loc.file}:${loc.line}:${loc.column}` : "";
}
