import type { CacheHooks } from "../engine/cache.ts";

/** The contract both engines (node:vm and the ES5 interpreter) implement. */

export type EngineKind = "vm" | "interpreter";

export interface RuntimeFailure {
  name: string;
  message: string;
  /** The thrown value's stack, when it has one. */
  stack?: string;
  /** Position in the compiled artifact: 1-based line, 0-based column. */
  line?: number;
  column?: number;
  /** The run hit its time limit. */
  timedOut: boolean;
}

export interface RuntimeSetup {
  /** The compiled artifact. */
  script: string;
  /** Name used in stack traces. */
  filename: string;
  /** Engine globals present on every event (host values). */
  globals: Record<string, unknown>;
  /** The store behind cache(), for runtimes that run its callback themselves. */
  cache: CacheHooks;
  /** ES2015+ built-ins the engine language level allows (build/engine/language.ts). */
  builtins: readonly string[];
}

export interface TriggerRuntime {
  readonly engine: EngineKind;
  /** For EngineEnv.unwrap: the host object behind a value the trigger passed in. */
  unwrap(value: unknown): unknown;
  /** Runs the script once. `scoped`: event-scoped globals (host values) of this event. */
  fire(event: string, scoped: Record<string, unknown>, timeLimitMs: number): RuntimeFailure | undefined;
}
