/**
 * Methods of the event objects (HTTP.findHeaders, DNS.answersInclude, SSL.hasClientExtension,
 * the classes' commitRecord(), …), computed from the fixture the test fired. Each method the
 * reference lists and this module does not model is installed as a function that throws, and is
 * listed as absent in docs/fidelity.md (see methodFidelity()).
 */
import { API_CLASSES } from "../../build/engine/api-members.ts";
import { EhBuffer } from "./buffer.ts";
import { apiError, typeError } from "./errors.ts";
import { describe, isObjectLike, jsonCopy } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { EhIPAddress } from "./ipaddress.ts";
import { addMetricMethods, METRIC_METHODS } from "./metrics.ts";

/** What a method sees: the event object's fields (already converted) and the engine. */
export interface MethodContext {
  readonly className: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly env: EngineEnv;
  /** Fixture values the trigger does not read as fields (SSL extension data). */
  readonly hidden: Readonly<Record<string, unknown>>;
  /** The event object's custom-metric methods, made on the first one's use (metricMethod). */
  metrics?: Record<string, (...args: unknown[]) => unknown>;
}

type MethodImpl = (ctx: MethodContext) => (...args: unknown[]) => unknown;

interface ModelledMethod {
  impl: MethodImpl;
  status: FidelityEntry["status"];
  differences: string[];
}

/** The built-in record type a class's commitRecord() writes, e.g. `~http`. */
function builtinRecordId(className: string): string {
  return `~${className.toLowerCase()}`;
}

/** commitRecord(): the fixture's `record` under the class's built-in id, once per event. */
function commitRecordOf(recordField: string, id: (ctx: MethodContext) => string): MethodImpl {
  return (ctx) => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const record = ctx.fields[recordField];
      ctx.env.current.run.records.push({
        id: id(ctx),
        record: isObjectLike(record) ? jsonCopy(record, `${ctx.className}.${recordField}`) : {},
      });
    };
  };
}

interface HeaderPair {
  name: string;
  value: string;
}

/** The headers fixture as wire-order pairs (the event object keeps them under numeric keys). */
function headerPairs(headers: unknown): HeaderPair[] {
  if (!isObjectLike(headers)) return [];
  const length = typeof headers.length === "number" ? headers.length : 0;
  const out: HeaderPair[] = [];
  for (let i = 0; i < length; i++) {
    const h = headers[i];
    if (isObjectLike(h)) out.push({ name: String(h.name), value: String(h.value) });
  }
  return out;
}

const findHeaders: MethodImpl = (ctx) => (prefix: unknown) => {
  if (typeof prefix !== "string") throw typeError(`${ctx.className}.findHeaders: name must be a string`);
  const p = prefix.toLowerCase();
  return headerPairs(ctx.fields.headers).filter((h) => h.name.toLowerCase().startsWith(p));
};

const parseQuery: MethodImpl = () => (query: unknown) => {
  if (typeof query !== "string") throw typeError("HTTP.parseQuery: query must be a string");
  const out: Record<string, string | string[]> = {};
  for (const part of query.replace(/^\?/, "").split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, " "));
      } catch {
        return s;
      }
    };
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? "" : decode(part.slice(eq + 1));
    const had = out[name];
    out[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return out;
};

const answersInclude: MethodImpl = (ctx) => (term: unknown) => {
  const answers = Array.isArray(ctx.fields.answers) ? (ctx.fields.answers as Record<string, unknown>[]) : [];
  if (term instanceof EhIPAddress)
    return answers.some((a) => a.data instanceof EhIPAddress && a.data.toString() === term.toString());
  if (typeof term !== "string")
    throw typeError(`DNS.answersInclude: term must be a string or an IPAddress, got ${describe(term)}`);
  const t = term.toLowerCase();
  return answers.some(
    (a) => String(a.name).toLowerCase() === t || (a.data != null && String(a.data).toLowerCase() === t),
  );
};

/** SSL extensions by name or id, from the fixture's clientExtensions / serverExtensions. */
function extension(side: "client" | "server", what: "has" | "data"): MethodImpl {
  return (ctx) => (which: unknown) => {
    if (typeof which !== "string" && typeof which !== "number")
      throw typeError(`SSL: extension must be a name or a numeric id, got ${describe(which)}`);
    const list = ctx.hidden[`${side}Extensions`];
    const found = (Array.isArray(list) ? (list as Record<string, unknown>[]) : []).find(
      (e) => e.id === which || e.name === which,
    );
    if (what === "has") return found !== undefined;
    const data = found?.data;
    if (data === undefined || data === null) return null;
    return data instanceof EhBuffer ? data : EhBuffer.from(String(data));
  };
}

/** getOption(): the fixture's `options` entry whose `key` field equals the argument, or null. */
function optionBy(key: "kind" | "code"): MethodImpl {
  return (ctx) => (which: unknown) => {
    if (typeof which !== "number") throw typeError(`${ctx.className}.getOption: ${key} must be a number`);
    const options = Array.isArray(ctx.fields.options)
      ? (ctx.fields.options as Record<string, unknown>[])
      : [];
    return options.find((o) => o[key] === which) ?? null;
  };
}

/** NetFlow fields by id (and enterprise id, 0 when not given), from the fixture's `fields`. */
function netflowField(
  ctx: MethodContext,
  field: unknown,
  enterprise: unknown,
): Record<string, unknown> | undefined {
  if (typeof field !== "number") throw typeError("NetFlow: field must be a number");
  const fields = Array.isArray(ctx.fields.fields) ? (ctx.fields.fields as Record<string, unknown>[]) : [];
  return fields.find(
    (f) => f.fieldID === field && (enterprise === undefined || (f.enterpriseID ?? 0) === enterprise),
  );
}

const RECORDED_NOTE =
  "Records the fixture's `record` under the built-in type id (`~<class>`, lower case), once per event however often it is called; the recordstore's own fields are not added.";

/** Modelled methods by `Class.method`. */
const MODELLED: Record<string, ModelledMethod> = {
  "HTTP.findHeaders": {
    impl: findHeaders,
    status: "simulated",
    differences: ["Prefix match on header names, ignoring case, in the order the fixture lists them."],
  },
  "HTTP.parseQuery": {
    impl: parseQuery,
    status: "simulated",
    differences: ["Decodes `+` and percent escapes; a repeated name gives an array."],
  },
  "SIP.findHeaders": {
    impl: findHeaders,
    status: "simulated",
    differences: ["As HTTP.findHeaders."],
  },
  "DNS.answersInclude": {
    impl: answersInclude,
    status: "simulated",
    differences: [
      "A string matches an answer's name or text data, ignoring case; an IPAddress matches A/AAAA data.",
    ],
  },
  "SSL.hasClientExtension": {
    impl: extension("client", "has"),
    status: "simulated",
    differences: ["Looks the name or id up in the fixture's clientExtensions."],
  },
  "SSL.hasServerExtension": {
    impl: extension("server", "has"),
    status: "simulated",
    differences: ["Looks the name or id up in the fixture's serverExtensions."],
  },
  "SSL.getClientExtensionData": {
    impl: extension("client", "data"),
    status: "simulated",
    differences: ["The `data` of the fixture's matching clientExtensions entry as a Buffer, or null."],
  },
  "SSL.getServerExtensionData": {
    impl: extension("server", "data"),
    status: "simulated",
    differences: ["The `data` of the fixture's matching serverExtensions entry as a Buffer, or null."],
  },
  "TCP.getOption": {
    impl: optionBy("kind"),
    status: "simulated",
    differences: ["The fixture's `options` entry with that kind, or null."],
  },
  "DHCP.getOption": {
    impl: optionBy("code"),
    status: "simulated",
    differences: ["The fixture's `options` entry with that code, or null."],
  },
  "DHCP6.getOption": {
    impl: optionBy("code"),
    status: "simulated",
    differences: ["The fixture's `options` entry with that code, or null."],
  },
  "AJP.findHeaders": {
    impl: findHeaders,
    status: "simulated",
    differences: ["As HTTP.findHeaders."],
  },
  "QUIC.hasClientExtension": {
    impl: extension("client", "has"),
    status: "simulated",
    differences: ["As SSL.hasClientExtension."],
  },
  "QUIC.hasServerExtension": {
    impl: extension("server", "has"),
    status: "simulated",
    differences: ["As SSL.hasServerExtension."],
  },
  "QUIC.getClientExtensionData": {
    impl: extension("client", "data"),
    status: "simulated",
    differences: ["As SSL.getClientExtensionData."],
  },
  "QUIC.getServerExtensionData": {
    impl: extension("server", "data"),
    status: "simulated",
    differences: ["As SSL.getServerExtensionData."],
  },
  "NetFlow.findField": {
    impl: (ctx) => (field: unknown, enterprise: unknown) => {
      const hit = netflowField(ctx, field, enterprise);
      return hit && hit.value !== undefined ? hit.value : null;
    },
    status: "simulated",
    differences: [
      "The `value` of the fixture's `fields` entry with that fieldID (and enterpriseID, 0 when the entry has none), or null.",
    ],
  },
  "NetFlow.hasField": {
    impl: (ctx) => (field: unknown) => netflowField(ctx, field, undefined) !== undefined,
    status: "simulated",
    differences: ["True when the fixture's `fields` has an entry with that fieldID."],
  },
  "Flow.commitRecord1": {
    impl: commitRecordOf("record1", () => "~flow"),
    status: "recorded",
    differences: ["Records `record1` of the fixture as a `~flow` record, once per event."],
  },
  "Flow.commitRecord2": {
    impl: commitRecordOf("record2", () => "~flow"),
    status: "recorded",
    differences: ["Records `record2` of the fixture as a `~flow` record, once per event."],
  },
};

/** Classes whose event object carries the custom-metric methods (NETFLOW_RECORD). */
const METRIC_OWNERS = new Set(["FlowInterface", "FlowNetwork"]);

/** One custom-metric method; all of an event object's are made once, with the first. */
const metricMethod =
  (method: string): MethodImpl =>
  (ctx) => {
    if (!ctx.metrics) {
      ctx.metrics = {};
      addMetricMethods(ctx.metrics, ctx.env, () => ctx.className);
    }
    return ctx.metrics[method];
  };

/** The implementation of `Class.method`, or undefined when the harness does not model it. */
function modelled(className: string, method: string): ModelledMethod | undefined {
  const hit = MODELLED[`${className}.${method}`];
  if (hit) return hit;
  if (METRIC_OWNERS.has(className) && METRIC_METHODS.includes(method))
    return {
      impl: metricMethod(method),
      status: "recorded",
      differences: [`Recorded in the run's metrics with owner "${className}", as Network's are.`],
    };
  if (method === "commitRecord")
    return {
      impl: commitRecordOf("record", (ctx) => builtinRecordId(ctx.className)),
      status: "recorded",
      differences: [RECORDED_NOTE],
    };
  return undefined;
}

/** The member list names a class's constructor `constructor`: not a method of the event object. */
function isConstructor(className: string, method: string): boolean {
  return method === "constructor" || method === className;
}

function notModelledMessage(className: string, method: string): string {
  return `${className}.${method}() is not modelled by the ehtrig harness (see docs/fidelity.md)`;
}

/** Each class's methods (constructors left out) with their models, looked up once per class. */
const methodTables = new Map<string, [string, ModelledMethod | undefined][]>();

function methodTable(className: string): [string, ModelledMethod | undefined][] {
  let table = methodTables.get(className);
  if (!table) {
    const cls = API_CLASSES.find((c) => c.class === className);
    table = (cls?.methods ?? [])
      .filter((m) => !isConstructor(className, m.name))
      .map((m): [string, ModelledMethod | undefined] => [m.name, modelled(className, m.name)]);
    methodTables.set(className, table);
  }
  return table;
}

/** Every method the reference lists for the class, bound to this event's fixture. */
export function methodsOf(ctx: MethodContext): Record<string, (...args: unknown[]) => unknown> {
  const out: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, model] of methodTable(ctx.className)) {
    out[name] = model
      ? model.impl(ctx)
      : () => {
          throw apiError(notModelledMessage(ctx.className, name));
        };
  }
  return out;
}

/** A flow endpoint's commitRecord() (FLOW_RECORD): its `record` as a `~flow` record. */
export function endpointCommitRecord(env: EngineEnv, record: unknown): () => void {
  return commitRecordOf("record", () => "~flow")({ className: "Flow", fields: { record }, env, hidden: {} });
}

/** Fidelity rows of every method of the given classes: modelled ones, and the absent ones. */
export function methodFidelity(classNames: readonly string[]): FidelityEntry[] {
  const out: FidelityEntry[] = [];
  for (const name of classNames) {
    const cls = API_CLASSES.find((c) => c.class === name);
    for (const m of cls?.methods ?? []) {
      if (isConstructor(name, m.name)) {
        out.push({
          name: `${name}.${m.name}`,
          status: "absent",
          differences: [
            `\`new ${name}(…)\` is not modelled: the global is not there outside its event object.`,
          ],
        });
        continue;
      }
      const model = modelled(name, m.name);
      out.push(
        model
          ? { name: `${name}.${m.name}`, status: model.status, differences: model.differences }
          : {
              name: `${name}.${m.name}`,
              status: "absent",
              differences: [`Not modelled: calling it throws Error "${notModelledMessage(name, m.name)}".`],
            },
      );
    }
  }
  return out;
}
