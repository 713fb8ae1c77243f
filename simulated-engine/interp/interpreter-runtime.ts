/**
 * The second, independent ES5 engine: the same compiled artifact runs in JS-Interpreter (a pure
 * ES5 interpreter written in JavaScript), with the same engine objects bridged in. A script that
 * runs the same here and in node:vm does not depend on V8 extensions the sensor may lack.
 *
 * Each fire starts a fresh interpreter: the prelude (shared with the vm runtime) sets up the
 * event-scoped accessors and read-only snapshots, then the artifact runs step by step under the
 * time limit.
 */
// @ts-expect-error: js-interpreter ships no type declarations.
import Interpreter from "js-interpreter";
import { PRELUDE } from "../runtime/prelude.ts";
import type { RuntimeFailure, RuntimeSetup, TriggerRuntime } from "../runtime/runtime.ts";
import { scopeEntries, type ScopeEntry } from "../runtime/scope.ts";
import { TIMEOUT_MESSAGE } from "../runtime/context.ts";
import { ReadOnlyData } from "../engine/read-only.ts";
import { InterpreterBridge, type Interp, type Pseudo } from "./bridge.ts";
import { CACHE_SHIM } from "./cache-shim.ts";
import { ES5_GAPS_SHIM } from "./es5-gaps.ts";
import { es2015Builtins } from "./es2015-builtins.ts";
import { LOCKDOWN_SHIM } from "./lockdown.ts";

const ARTIFACT_SOURCE = "artifact";
/** Steps between clock readings. */
const CHECK_EVERY = 10_000;

const SETUP = (builtins: readonly string[]): string => `${ES5_GAPS_SHIM}
${es2015Builtins(builtins)}
${LOCKDOWN_SHIM}
(function (p, host) {
  var s = host.scopes();
  for (var i = 0; i < s.length; i++) p.scope(s[i][0], s[i][1], s[i][2]);
  var d = host.provided(), provided = {};
  for (var j = 0; j < d.length; j++)
    provided[d[j][0]] = d[j][2] === null ? host.value(d[j][0]) : p.readOnly(d[j][1], d[j][2], d[j][3]);
  p.setEvent(host.event(), provided);
})(${PRELUDE}, __ehtrig_host);
${CACHE_SHIM}
delete this.__ehtrig_host;
delete this.__ehtrig_mark;
delete this.__ehtrig_cache;`;

export class InterpreterRuntime implements TriggerRuntime {
  readonly engine = "interpreter" as const;
  readonly #setup: RuntimeSetup;
  readonly #scopes: ScopeEntry[];
  #bridge: InterpreterBridge | undefined;
  readonly #artifactAst: unknown;
  readonly #setupAst: unknown;

  constructor(setup: RuntimeSetup) {
    this.#setup = setup;
    this.#scopes = scopeEntries(new Set(Object.keys(setup.globals)));
    const acorn = (globalThis as unknown as { acorn: { parse(code: string, o: object): unknown } }).acorn;
    // Parsed once: the interpreter copies the Program node it is given and reuses the rest.
    this.#setupAst = acorn.parse(SETUP(setup.builtins), {
      ...Interpreter.PARSE_OPTIONS,
      sourceFile: "setup",
    });
    this.#artifactAst = acorn.parse(setup.script, {
      ...Interpreter.PARSE_OPTIONS,
      sourceFile: ARTIFACT_SOURCE,
    });
  }

  unwrap(value: unknown): unknown {
    return this.#bridge ? this.#bridge.unwrap(value) : value;
  }

  fire(event: string, scoped: Record<string, unknown>, timeLimitMs: number): RuntimeFailure | undefined {
    const globals = this.#setup.globals;
    const scopes = this.#scopes;
    let bridge!: InterpreterBridge;
    const init = (interp: Interp, global: Pseudo) => {
      bridge = new InterpreterBridge(interp);
      this.#bridge = bridge;
      for (const [name, value] of Object.entries(globals)) {
        if (name === "cache") continue; // the shim below calls back into interpreted code
        interp.setProperty(global, name, bridge.expose(value), Interpreter.READONLY_NONENUMERABLE_DESCRIPTOR);
      }
      const provided = Object.entries(scoped).map(([name, v]) => {
        const ro = v as ReadOnlyData;
        return [name, ro.className, ro.isPureData ? ro.json : null, JSON.stringify(ro.unavailable)];
      });
      const host = {
        scopes: () => scopes.map((s) => [s.name, s.message, s.eventScoped]),
        provided: () => provided,
        event: () => event,
        value: (name: string) => scoped[name],
      };
      // String(participant.object) must print like a Device/IPAddress: give the pseudo object a
      // host-level toString, which the interpreter's string conversion calls.
      const mark = interp.createNativeFunction((obj: unknown) => {
        const p = obj as Pseudo & { toString(): string };
        const props = p.properties;
        p.toString = () =>
          props.kind === "ipaddr"
            ? String(props.addr)
            : `[object ${props.kind === "device" ? "Device" : "Application"} ${String(props.id)}]`;
      });
      interp.setProperty(global, "__ehtrig_mark", mark, Interpreter.NONENUMERABLE_DESCRIPTOR);
      interp.setProperty(global, "__ehtrig_host", bridge.expose(host), Interpreter.NONENUMERABLE_DESCRIPTOR);
      interp.setProperty(
        global,
        "__ehtrig_cache",
        bridge.expose(this.#setup.cache),
        Interpreter.NONENUMERABLE_DESCRIPTOR,
      );
    };
    const interp: Interp = new Interpreter(this.#setupAst, init);
    interp.REGEXP_MODE = 1;
    try {
      interp.run();
    } catch (e) {
      return {
        name: "Error",
        message: `ehtrig harness setup failed: ${(e as Error).message}`,
        timedOut: false,
      };
    }
    interp.appendCode(this.#artifactAst);
    const deadline = Date.now() + timeLimitMs;
    let steps = 0;
    try {
      while (interp.step()) {
        if (++steps % CHECK_EVERY === 0 && Date.now() > deadline) {
          return { name: "Error", message: `${TIMEOUT_MESSAGE} (${timeLimitMs} ms)`, timedOut: true };
        }
      }
      return undefined;
    } catch (e) {
      return failure(e);
    } finally {
      bridge.saveStores();
    }
  }
}

function failure(e: unknown): RuntimeFailure {
  if (!(e instanceof Error)) return { name: "Thrown value", message: String(e), timedOut: false };
  const out: RuntimeFailure = { name: e.name, message: e.message, timedOut: false, stack: e.stack };
  const m = new RegExp(`${ARTIFACT_SOURCE}:(\\d+):(\\d+)`).exec(e.stack ?? "");
  if (m) {
    out.line = Number(m[1]);
    out.column = Number(m[2]);
  }
  return out;
}
