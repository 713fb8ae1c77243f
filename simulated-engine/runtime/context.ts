/**
 * The node:vm runtime. One context per loaded trigger holds only ES5 built-ins (see es5.ts),
 * no code generation from strings (eval and new Function throw), no require, process, timers
 * or console, plus the engine globals. The script is compiled once; each fire swaps the
 * event-scoped globals and calls it again under its time limit (see instrument.ts).
 */
import vm from "node:vm";
import { stripScript } from "./es5.ts";
import { instrument, originalColumn, type ColumnShifts } from "./instrument.ts";
import { PRELUDE } from "./prelude.ts";
import type { VmPrelude } from "./realm.ts";
import type { RuntimeFailure, RuntimeSetup, TriggerRuntime } from "./runtime.ts";
import { scopeEntries } from "./scope.ts";
import { VmBridge } from "./vm-bridge.ts";

interface Runner {
  run(limit: number): void;
  expired(): boolean;
}

export const TIMEOUT_MESSAGE = "the trigger ran longer than its time limit";
/** V8's message for eval and new Function in a context without code generation from strings. */
export const CODE_GENERATION_MESSAGE = "Code generation from strings disallowed for this context";

export class VmRuntime implements TriggerRuntime {
  readonly engine = "vm" as const;
  readonly #prelude: VmPrelude;
  readonly #bridge: VmBridge;
  readonly #runner: Runner;
  readonly #shifts: ColumnShifts;
  readonly #filename: string;
  readonly #sandbox: Record<string, unknown>;

  constructor(setup: RuntimeSetup) {
    // Sloppy assignments to undeclared names land on this object too: a cheap way to see them.
    this.#sandbox = {};
    const context = vm.createContext(this.#sandbox, {
      name: setup.filename,
      codeGeneration: { strings: false, wasm: false },
      microtaskMode: undefined,
    });
    vm.runInContext(stripScript(setup.builtins), context);
    this.#prelude = vm.runInContext(PRELUDE, context) as VmPrelude;
    this.#bridge = new VmBridge(this.#prelude);
    this.#filename = setup.filename;

    const global = vm.runInContext("this", context) as Record<string, unknown>;
    for (const [name, value] of Object.entries(setup.globals)) {
      // Engine globals cannot be replaced by the trigger (an assignment is ignored, or throws
      // in strict code), so one run cannot break the next.
      Object.defineProperty(global, name, {
        value: this.#bridge.expose(value),
        writable: false,
        configurable: false,
      });
    }
    for (const s of scopeEntries(new Set(Object.keys(setup.globals))))
      this.#prelude.scope(s.name, s.message, s.eventScoped);

    const { wrapper, prefixLines, shifts } = instrument(setup.script);
    this.#shifts = shifts;
    const compiled = new vm.Script(wrapper, { filename: setup.filename, lineOffset: -prefixLines });
    const realm = this.#prelude;
    function TimeoutError(limit: number) {
      return new realm.Error(`${TIMEOUT_MESSAGE} (${limit} ms)`);
    }
    const factory = compiled.runInContext(context) as (now: () => number, err: unknown) => Runner;
    // The wrapper's scope can name TimeoutError: it must not carry the host's Function either.
    Object.setPrototypeOf(TimeoutError, realm.Function.prototype);
    this.#runner = factory(this.#prelude.now, TimeoutError);
  }

  unwrap(value: unknown): unknown {
    return this.#bridge.unwrap(value);
  }

  fire(event: string, scoped: Record<string, unknown>, timeLimitMs: number): RuntimeFailure | undefined {
    const provided: Record<string, unknown> = {};
    for (const k of Object.keys(scoped)) provided[k] = this.#bridge.expose(scoped[k]);
    const created = Object.keys(this.#sandbox);
    if (created.length > 1 || (created.length === 1 && created[0] !== "event"))
      this.#prelude.forget(created.filter((k) => k !== "event"));
    this.#prelude.setEvent(event, provided);
    try {
      // Called as a plain function: top-level `this` is the global object, as in a script.
      const run = this.#runner.run;
      run(timeLimitMs);
    } catch (thrown) {
      return this.#failure(thrown);
    }
    // The budget ran out but the trigger caught the timeout and ended normally: on the sensor the
    // run would have been stopped all the same.
    if (this.#runner.expired())
      return { name: "Error", message: `${TIMEOUT_MESSAGE} (${timeLimitMs} ms)`, timedOut: true };
    return undefined;
  }

  #failure(thrown: unknown): RuntimeFailure {
    const timedOut = this.#runner.expired();
    const isError = typeof thrown === "object" && thrown !== null && "message" in thrown;
    const err = thrown as { name?: unknown; message?: unknown; stack?: unknown };
    const failure: RuntimeFailure = {
      name: isError ? String(err.name ?? "Error") : "Thrown value",
      message: isError ? String(err.message) : safeString(thrown),
      timedOut,
    };
    if (isError && typeof err.stack === "string") {
      failure.stack = err.stack;
      const pos = firstFrame(err.stack, this.#filename);
      if (pos) {
        failure.line = pos.line;
        failure.column = originalColumn(this.#shifts, pos.line, pos.column - 1);
      }
    }
    return failure;
  }
}

function safeString(v: unknown): string {
  try {
    return typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    return String(v);
  }
}

/** The first stack frame inside the artifact: 1-based line and 1-based column (V8). */
export function firstFrame(stack: string, filename: string): { line: number; column: number } | undefined {
  for (const line of stack.split("\n")) {
    const at = line.lastIndexOf(filename + ":");
    if (at < 0 || !/^\s+at /.test(line)) continue;
    const m = /^:(\d+):(\d+)/.exec(line.slice(at + filename.length));
    if (m) return { line: Number(m[1]), column: Number(m[2]) };
  }
  return undefined;
}
