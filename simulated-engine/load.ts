/**
 * loadTrigger(): the entry point of trigger tests. It loads the compiled artifact of a trigger
 * (dist/<id>.js and its source map, found through dist/manifest.json), puts it on a simulated
 * sensor and fires events at it. Every fire returns a TriggerRun of plain data.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { diagnostic, EhtrigError } from "../build/diagnostics.ts";
import { eventGlobals, isEventName, type EventName } from "../build/engine/events.ts";
import { didYouMean } from "../build/engine/suggest-event.ts";
import { CONFIG_FILE, loadProject, type Project, type TargetConfig } from "../build/project/config.ts";
import { detectionObject } from "./engine/detection.ts";
import type { CurrentEvent, EngineEnv, TriggerInfo } from "./engine/env.ts";
import { externalData } from "./engine/external-data.ts";
import { createEngineGlobals, type EngineGlobals } from "./engine/globals.ts";
import { EngineError } from "./engine/errors.ts";
import { eventObject } from "./engine/event-objects.ts";
import { HARNESS_BUILT_CLASSES } from "./engine/harness-owned.ts";
import { StoreTable } from "./engine/stores.ts";
import type { EventInput } from "./fixtures/inputs.ts";
import { emptyRecord } from "./engine/records.ts";
import { remoteResponse } from "./engine/remote-response.ts";
import { Sensor } from "./engine/sensor.ts";
import type { ExpiredKey } from "./engine/session.ts";
import type { GeoLocation } from "./engine/geoip.ts";
import type { SystemInfo } from "./engine/system.ts";
import type { ThreatIntelLists } from "./engine/threat-intel.ts";
import type { ResponseSpec, TargetScript } from "./engine/targets.ts";
import { findEntry, readManifest, type ManifestEntry } from "../build/manifest.ts";
import { describeRun, type TriggerRun } from "./run.ts";
import { createRuntime } from "./runtime/create.ts";
import type { EngineKind, TriggerRuntime } from "./runtime/runtime.ts";
import { ArtifactMap } from "./source-map.ts";
import type { TestBuild } from "./test-build.ts";

let testBuild: TestBuild | undefined;

/**
 * Points loadTrigger() at a test build (the vitest preset does this in every test file): for
 * that project, triggers load from the test build's folder, and a trigger that did not build
 * throws its build problems (EH909) instead of loading a stale script.
 */
export function useTestBuild(build: TestBuild | undefined): void {
  testBuild = build;
}

/** The build loadTrigger() reads for a project: the test build under the preset, else dist/. */
function outDirOf(root: string): { outDir: string; tests?: TestBuild; project?: Project } {
  const project = existsSync(join(root, CONFIG_FILE)) ? loadProject(root) : undefined;
  const tests = testBuild && resolve(testBuild.root) === root ? testBuild : undefined;
  return { outDir: tests?.outDir ?? project?.outDir ?? join(root, "dist"), tests, project };
}

/**
 * The triggers the project's current build holds (id, name, events, …), for tests that cover
 * every trigger. Under the vitest preset, triggers that did not build are not listed (their own
 * tests report them).
 */
export function builtTriggers(opts: { root?: string } = {}): ManifestEntry[] {
  return readManifest(outDirOf(resolve(opts.root ?? process.cwd())).outDir).triggers;
}

/** Per-event time limit unless loadTrigger says otherwise. The sensor's own budget is undocumented. */
export const DEFAULT_TIME_LIMIT_MS = 1000;

export interface LoadOptions {
  /** Project root (holds ehtrig.config.json and dist/). Default: the current directory. */
  root?: string;
  /** "vm" (default) or "interpreter": the independent ES5 interpreter. */
  engine?: EngineKind;
  /** Override the trigger's debug flag. */
  debug?: boolean;
  /** Share a sensor (Session table, clock, targets) with other loaded triggers. */
  sensor?: Sensor;
  /**
   * ES2015+ built-ins the simulated engine has ("Map", "Object.assign", "String#includes").
   * Default: the project's engine language level (ehtrig.config.json `engine`), or none.
   */
  builtins?: readonly string[];
  /** ODS targets, when not read from the project config. */
  targets?: Record<string, TargetConfig>;
  timeLimitMs?: number;
  /** Fire events the trigger does not subscribe to (default: refuse with EH904). */
  strictEvents?: boolean;
  /** Keep Session, cache and target scripts between tests (default: reset after each test). */
  keepState?: boolean;
  uuid?: () => string;
  system?: Partial<SystemInfo>;
  startTime?: number;
  /** ThreatIntel indicators (ips, domains, uris); without them ThreatIntel is not available. */
  threatIntel?: ThreatIntelLists;
  /** GeoIP locations by address. */
  geoip?: Record<string, GeoLocation>;
}

/** A compiled script given directly (hand-written tests of the harness itself). */
export interface ScriptDefinition {
  id: string;
  name?: string;
  events: string[];
  debug?: boolean;
  script: string;
  /** Source map text, and the path it is read from (to resolve `sources`). */
  map?: { text: string; file: string };
}

/** Loaded triggers, held weakly so that a trigger a test no longer references can be collected. */
const live = new Set<WeakRef<LoadedTrigger>>();

/** Called after each test by the harness's vitest setup: fresh state unless keepState. */
export function resetLoadedTriggers(): void {
  for (const ref of live) {
    const t = ref.deref();
    if (!t) live.delete(ref);
    else if (!t.keepState) t.reset();
  }
}

export class LoadedTrigger {
  readonly info: TriggerInfo & { events: string[] };
  readonly sensor: Sensor;
  readonly engine: EngineKind;
  readonly keepState: boolean;
  readonly #runtime: TriggerRuntime;
  readonly #env: EngineEnv;
  readonly #globals: EngineGlobals;
  readonly #map: ArtifactMap | undefined;
  readonly #timeLimit: number;
  readonly #strictEvents: boolean;
  readonly #startTime: number;
  /** Flow.store and MetricCycle.store of this trigger, by flow and cycle id. */
  readonly #stores = new StoreTable();
  readonly #ref: WeakRef<LoadedTrigger>;

  constructor(def: ScriptDefinition, opts: LoadOptions & { root: string }) {
    this.info = {
      id: def.id,
      name: def.name ?? def.id,
      debug: opts.debug ?? def.debug ?? false,
      events: def.events,
    };
    this.sensor =
      opts.sensor ??
      new Sensor({
        targets: opts.targets,
        startTime: opts.startTime,
        system: opts.system,
        threatIntel: opts.threatIntel,
        geoip: opts.geoip,
      });
    this.#startTime = this.sensor.clock.now;
    this.engine = opts.engine ?? "vm";
    this.keepState = opts.keepState ?? false;
    this.#timeLimit = opts.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    this.#strictEvents = opts.strictEvents ?? true;
    this.#map = def.map ? new ArtifactMap(def.map.text, def.map.file, opts.root) : undefined;
    let runtime: TriggerRuntime | undefined;
    this.#env = {
      sensor: this.sensor,
      trigger: this.info,
      current: { event: "", timestamp: this.sensor.clock.now, run: emptyRecord() },
      cache: new Map(),
      unwrap: (v) => (runtime ? runtime.unwrap(v) : v),
    };
    this.#globals = createEngineGlobals(this.#env, { uuid: opts.uuid });
    runtime = createRuntime(this.engine, {
      script: def.script,
      filename: `${def.id}.js`,
      globals: this.#globals.values,
      cache: this.#globals.cache,
      builtins: opts.builtins ?? [],
    });
    this.#runtime = runtime;
    this.#ref = new WeakRef(this);
    live.add(this.#ref);
  }

  get id(): string {
    return this.info.id;
  }

  /** The engine globals the harness gives this trigger on every event (name → host object). */
  get engineGlobals(): Readonly<Record<string, unknown>> {
    return this.#globals.values;
  }

  /** The scripted behaviour of an ODS target: refuse(), accept(), respond(...). */
  target(name: string): TargetScript {
    return this.sensor.targets.script(name);
  }

  /** The Session table's contents (key → value copy). */
  get session(): Record<string, unknown> {
    return this.sensor.session.snapshot();
  }

  /** Moves packet time forward; returns the notify keys that expired (SESSION_EXPIRE reports them). */
  advance(ms: number): ExpiredKey[] {
    return this.sensor.advance(ms);
  }

  /** Fresh Session table, cache, target scripts and clock. Runs after each test unless keepState. */
  reset(): void {
    this.sensor.reset(this.#startTime);
    this.#env.cache.clear();
    this.#globals.resetMemory();
    this.#stores.clear();
  }

  /** Stops tracking this trigger for per-test resets. */
  dispose(): void {
    live.delete(this.#ref);
  }

  /**
   * Runs the trigger once on `event`. `input` holds one fixture per class of the event (typed
   * per event: a misspelled class or field does not compile) and the packet `timestamp`.
   */
  fire<E extends EventName>(event: E, input?: EventInput<E>): TriggerRun;
  fire(event: EventName, inputArg: object = {}): TriggerRun {
    const input = inputArg as Record<string, unknown> & { timestamp?: number };
    if (!isEventName(event))
      throw new EhtrigError([diagnostic("EH905", `unknown event "${event}"${didYouMean(event)}`)]);
    if (this.#strictEvents && !this.info.events.includes(event))
      throw new EhtrigError([
        diagnostic(
          "EH904",
          `${this.info.id} does not run on ${event} (its events: ${this.info.events.join(", ")})`,
        ),
      ]);
    const current: CurrentEvent = {
      event,
      timestamp: input.timestamp ?? this.sensor.clock.now,
      run: emptyRecord(),
    };
    const scoped = this.#scoped(event, input, current);
    this.#env.current = current;
    const failure = this.#runtime.fire(event, scoped, this.#timeLimit);
    const run: TriggerRun = {
      trigger: this.info.id,
      event,
      engine: this.engine,
      timestamp: current.timestamp,
      ...current.run,
      error: null,
    } as TriggerRun;
    if (failure) {
      const location =
        failure.line !== undefined && this.#map
          ? (this.#map.locate(failure.line, failure.column ?? 0) ?? null)
          : null;
      run.error = {
        name: failure.name,
        message: failure.message,
        timedOut: failure.timedOut,
        location,
        scriptLocation:
          failure.line !== undefined ? { line: failure.line, column: (failure.column ?? 0) + 1 } : null,
        ...(failure.stack ? { stack: failure.stack } : {}),
      };
    }
    Object.defineProperty(run, "respond", {
      enumerable: false,
      value: (spec?: ResponseSpec) => this.#respond(run, spec),
    });
    Object.defineProperty(run, "toString", { enumerable: false, value: () => describeRun(run) });
    return run;
  }

  /** Fires REMOTE_RESPONSE for every response the scripted targets queued for this trigger. */
  deliverResponses(): TriggerRun[] {
    return this.sensor
      .takeResponses(this.info.id)
      .map((p) => this.fire("REMOTE_RESPONSE", { response: p.response }));
  }

  #respond(run: TriggerRun, spec: ResponseSpec | undefined): TriggerRun {
    const request = [...run.ods]
      .reverse()
      .find((c) => c.kind === "http" && c.enableResponseEvent && c.accepted);
    if (!request)
      throw new EhtrigError([
        diagnostic(
          "EH908",
          `the ${run.event} run made no accepted HTTP request with enableResponseEvent: true`,
        ),
      ]);
    const queued = this.sensor.takeResponses(this.info.id).find((p) => p.request === request);
    const response = spec ?? queued?.response ?? {};
    return this.fire("REMOTE_RESPONSE", { response: { ...response, context: request.context } });
  }

  #scoped(event: EventName, input: Record<string, unknown>, current: CurrentEvent): Record<string, unknown> {
    const scoped: Record<string, unknown> = {};
    switch (event) {
      case "DETECTION_UPDATE":
        if (input.detection === undefined)
          throw new EhtrigError([
            diagnostic("EH908", "DETECTION_UPDATE needs { detection } (use the detection() builder)"),
          ]);
        scoped.Detection = detectionObject(input.detection);
        break;
      case "EXTERNAL_DATA":
        scoped.ExternalData = externalData(input as { type?: string; body?: unknown });
        break;
      case "REMOTE_RESPONSE":
        if (!input.response)
          throw new EhtrigError([
            diagnostic("EH908", "REMOTE_RESPONSE needs { response: { status, headers, body, context } }"),
          ]);
        current.response = remoteResponse(input.response as ResponseSpec & { context?: unknown });
        break;
      case "SESSION_EXPIRE":
        current.expiredKeys =
          (input.expiredKeys as ExpiredKey[] | undefined) ?? this.sensor.session.drainExpired();
        break;
    }
    for (const cls of eventGlobals(event)) {
      if (HARNESS_BUILT_CLASSES.has(cls)) continue;
      try {
        scoped[cls] = eventObject(cls, input[cls], { env: this.#env, event, stores: this.#stores });
      } catch (e) {
        // A fixture the harness cannot turn into the event object is the test's problem, not the trigger's.
        if (!(e instanceof EngineError)) throw e;
        throw new EhtrigError([diagnostic("EH920", `${event} input: ${e.message}`)]);
      }
    }
    return scoped;
  }
}

/** Loads a compiled trigger of the project by id or name. */
export function loadTrigger(idOrName: string, opts: LoadOptions = {}): LoadedTrigger {
  const root = resolve(opts.root ?? process.cwd());
  const { outDir, tests, project } = outDirOf(root);
  const failed =
    tests && Object.entries(tests.failed).find(([id, f]) => id === idOrName || f.name === idOrName);
  if (failed) {
    throw new EhtrigError([
      diagnostic(
        "EH909",
        `trigger "${failed[0]}" did not build, so its tests cannot run:\n${failed[1].problems}`,
      ),
    ]);
  }
  const entry = findEntry(readManifest(outDir), idOrName);
  const mapFile = join(outDir, entry.map);
  const def: ScriptDefinition = {
    id: entry.id,
    name: entry.name,
    events: entry.events,
    debug: entry.debug,
    script: readFileSync(join(outDir, entry.file), "utf8"),
    map: existsSync(mapFile) ? { text: readFileSync(mapFile, "utf8"), file: mapFile } : undefined,
  };
  return new LoadedTrigger(def, {
    ...opts,
    root,
    targets: opts.targets ?? project?.config.targets ?? {},
    builtins: opts.builtins ?? [...(project?.level.allowed ?? [])],
  });
}

/** Loads a script given in the test itself (for testing the harness or a hand-written trigger). */
export function loadScript(def: ScriptDefinition, opts: LoadOptions = {}): LoadedTrigger {
  const root = resolve(opts.root ?? process.cwd());
  return new LoadedTrigger(def, { ...opts, root, targets: opts.targets ?? {} });
}
