/**
 * Builds the event objects a fire gives the trigger (HTTP, DNS, SSL, Flow, MetricRecord, …) from
 * the test's fixture: text addresses become IPAddress objects, text payloads Buffers, device ids
 * Devices, headers become array-like and readable by name, certificates get their methods, Flow
 * gets its endpoints and its persistent store, and every method the reference lists is there
 * (modelled, or throwing that it is not). The result is read-only, as on the sensor.
 */
import { membersNotOn } from "../../build/engine/api-members.ts";
import { FIELD_KINDS } from "../fixtures/class-fields.ts";
import { EhApplication } from "./application.ts";
import { EhBuffer } from "./buffer.ts";
import { describe, isObjectLike } from "./data.ts";
import { EhDevice } from "./device.ts";
import type { EngineEnv } from "./env.ts";
import { typeError } from "./errors.ts";
import { EhIPAddress } from "./ipaddress.ts";
import { endpointCommitRecord, methodsOf } from "./protocol-methods.ts";
import { ReadOnlyData } from "./read-only.ts";
import type { StoreTable } from "./stores.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";

export interface EventObjectContext {
  readonly env: EngineEnv;
  readonly event: string;
  readonly stores: StoreTable;
}

function ipaddr(v: unknown, where: string): unknown {
  if (typeof v === "string") {
    try {
      return new EhIPAddress(v);
    } catch {
      throw typeError(`${where}: "${v}" is not an IP address`);
    }
  }
  return v;
}

function buffer(v: unknown): unknown {
  return typeof v === "string" ? EhBuffer.from(v) : v;
}

function device(env: EngineEnv, v: unknown, where: string): unknown {
  if (typeof v === "string") return new EhDevice(env, v);
  if (isObjectLike(v) && !(v instanceof EhDevice)) {
    if (typeof v.id !== "string") throw typeError(`${where}: a device needs a string id`);
    const known: Record<string, unknown> = { ...v };
    if (Array.isArray(v.ipaddrs))
      known.ipaddrs = v.ipaddrs.map((a, i) => ipaddr(a, `${where}.ipaddrs[${i}]`));
    return new EhDevice(env, v.id, known);
  }
  return v;
}

/** An X.509 certificate as the trigger sees it: its fields and getExtensionDataByOID(). */
class EhSSLCertificate {
  readonly #extensions: Record<string, unknown>;
  constructor(fields: Record<string, unknown>) {
    const { extensions, ...rest } = fields;
    this.#extensions = isObjectLike(extensions) ? extensions : {};
    Object.assign(this, rest, rest.payload === undefined ? {} : { payload: buffer(rest.payload) });
  }
  getExtensionDataByOID(oid: unknown): EhBuffer | null {
    if (typeof oid !== "string") throw typeError("SSLCert.getExtensionDataByOID: oid must be a string");
    const data = this.#extensions[oid];
    return data === undefined || data === null ? null : (buffer(data) as EhBuffer);
  }
}

function certificate(v: unknown): unknown {
  return isObjectLike(v) && !(v instanceof EhSSLCertificate) ? new EhSSLCertificate(v) : v;
}

/** Headers: in wire order under 0…n-1 with `length`, and by name (as given and lower case). */
function headers(v: unknown): unknown {
  if (!isObjectLike(v)) return v;
  const pairs = Array.isArray(v)
    ? (v as { name: string; value: string }[])
    : Object.entries(v).map(([name, value]) => ({ name, value: String(value) }));
  const out: Record<string, unknown> = {};
  pairs.forEach((h, i) => {
    out[i] = { name: h.name, value: h.value };
    for (const n of [h.name, h.name.toLowerCase()]) if (!(n in out)) out[n] = h.value;
  });
  out.length = pairs.length;
  return out;
}

function endpoint(env: EngineEnv, v: unknown, where: string): unknown {
  if (!isObjectLike(v)) return v;
  const out: Record<string, unknown> = { ...v };
  if (v.ipaddr !== undefined) out.ipaddr = ipaddr(v.ipaddr, `${where}.ipaddr`);
  if (v.device !== undefined) out.device = device(env, v.device, `${where}.device`);
  if (Array.isArray(v.customDevices))
    out.customDevices = v.customDevices.map((d, i) => device(env, d, `${where}.customDevices[${i}]`));
  if (typeof v.payload === "string") out.payload = buffer(v.payload);
  const addr = typeof v.ipaddr === "string" ? v.ipaddr : v.ipaddr ? String(v.ipaddr) : undefined;
  if (addr !== undefined) {
    out.offender ??= { kind: "ipaddr", addr, role: "offender" };
    out.victim ??= { kind: "ipaddr", addr, role: "victim" };
  }
  out.commitRecord = endpointCommitRecord(env, v.record);
  return out;
}

/** The object a metric record or alert is about: a Device, an Application or a network name. */
function metricObject(env: EngineEnv, v: unknown, where: string): unknown {
  if (!isObjectLike(v)) return v;
  if (v.device !== undefined) return device(env, v.device, `${where}.device`);
  if (typeof v.application === "string") return new EhApplication(env, v.application);
  return v.network;
}

/** Requests come from the client, responses from the server (ExtraHop's sender/receiver roles). */
function senderIsServer(event: string): boolean {
  return /_RESPONSE$/.test(event);
}

function convert(className: string, data: Record<string, unknown>, ctx: EventObjectContext) {
  const { env } = ctx;
  const fields: Record<string, unknown> = { ...data };
  const hidden: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(FIELD_KINDS[className] ?? {})) {
    const v = fields[name];
    if (v === undefined || v === null) continue;
    const where = `${className}.${name}`;
    if (kind === "ipaddr") fields[name] = ipaddr(v, where);
    else if (kind === "buffer") fields[name] = buffer(v);
    else if (kind === "device") fields[name] = device(env, v, where);
    else if (kind === "application") fields[name] = typeof v === "string" ? new EhApplication(env, v) : v;
    else fields[name] = certificate(v);
  }
  if ("headers" in fields) fields.headers = headers(fields.headers);
  switch (className) {
    case "DNS":
      if (Array.isArray(fields.answers))
        fields.answers = fields.answers.map((a: unknown, i) => {
          if (!isObjectLike(a)) throw typeError(`DNS.answers[${i}] must be an object, got ${describe(a)}`);
          const isAddress = a.type === "A" || a.type === "AAAA";
          return { ...a, data: isAddress ? ipaddr(a.data, `DNS.answers[${i}].data`) : a.data };
        });
      break;
    case "SSL":
    case "QUIC":
      for (const name of ["certificates", "clientCertificates"])
        if (Array.isArray(fields[name])) fields[name] = (fields[name] as unknown[]).map(certificate);
      for (const name of ["clientExtensions", "serverExtensions"]) {
        const list = fields[name];
        if (!Array.isArray(list)) continue;
        hidden[name] = list.map((e: Record<string, unknown>) => ({ ...e, data: buffer(e.data) }));
        fields[name] = list.map(({ data: _data, ...e }: Record<string, unknown>) => ({
          length: 0,
          ...e,
        }));
      }
      break;
    case "Flow": {
      for (const side of ["client", "server", "sender", "receiver"])
        if (fields[side] !== undefined) fields[side] = endpoint(env, fields[side], `Flow.${side}`);
      const [from, to] = senderIsServer(ctx.event) ? ["server", "client"] : ["client", "server"];
      fields.sender ??= fields[from];
      fields.receiver ??= fields[to];
      if (Array.isArray(fields.customDevices1))
        fields.customDevices1 = fields.customDevices1.map((d, i) =>
          device(env, d, `Flow.customDevices1[${i}]`),
        );
      if (Array.isArray(fields.customDevices2))
        fields.customDevices2 = fields.customDevices2.map((d, i) =>
          device(env, d, `Flow.customDevices2[${i}]`),
        );
      fields.store = ctx.stores.flow(fields.id);
      break;
    }
    case "MetricRecord":
    case "AlertRecord":
      if (fields.object !== undefined)
        fields.object = metricObject(env, fields.object, `${className}.object`);
      break;
    case "MetricCycle":
      fields.store = ctx.stores.cycle(fields.id);
      break;
  }
  return { fields, hidden };
}

/** The read-only event object of `className` for this fire. */
export function eventObject(className: string, input: unknown, ctx: EventObjectContext): ReadOnlyData {
  const data = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const { fields, hidden } = convert(className, data, ctx);
  const methods = methodsOf({ className, fields, env: ctx.env, hidden });
  return new ReadOnlyData(className, { ...fields, ...methods }, membersNotOn(className, ctx.event));
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "SSLCert.getExtensionDataByOID",
    status: "simulated",
    differences: ["Returns the fixture's `extensions[oid]` as a Buffer, or null."],
  },
  {
    name: "HTTP.headers",
    status: "fixture",
    differences: [
      "Array-like in wire order and readable by name as given or in lower case; other spellings of a name (`CONTENT-TYPE`) find nothing, where the sensor ignores case.",
    ],
  },
  {
    name: "Flow.sender",
    status: "fixture",
    differences: [
      "When the fixture gives client and server only, sender/receiver follow the event: the server sends on *_RESPONSE events, the client on the others. Indexed members (`ipaddr1`, `port2`, …) are not derived from client and server.",
    ],
  },
];
