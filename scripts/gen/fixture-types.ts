/**
 * Renders `simulated-engine/fixtures/class-fields.ts`: for every class an event provides, the
 * fixture type `fire()` accepts for it (each property of the reference's member list, optional,
 * with the reference's type), and which fields hold engine values the harness builds from
 * fixture data (addresses, payloads, devices). The member list (build/engine/api-members.json)
 * and the event table (build/engine/events.ts) stay the one source: a new member or class shows
 * up in the fixture types on the next `npm run docs:gen`; test/simulated-engine/fixture-types.test.ts
 * fails when the committed file is stale.
 */
import { writeIfChanged } from "../../build/write-atomic.ts";
import { resolve } from "node:path";
import * as prettier from "prettier";
import { API_CLASSES, type ApiClass } from "../../build/engine/api-members.ts";
import { EVENT_SCOPED_GLOBALS } from "../../build/engine/events.ts";
import { HARNESS_BUILT_CLASSES, STORE_MEMBERS } from "../../simulated-engine/engine/harness-owned.ts";

export const FIXTURE_TYPES_FILE = "simulated-engine/fixtures/class-fields.ts";

/** Event objects the harness builds from their own inputs: no fields to type. */
export const SPECIAL_CLASSES = HARNESS_BUILT_CLASSES;

/** Members whose shape the reference describes in prose; their fixture types live in shapes.ts. */
const MEMBER_TYPES: Record<string, string> = {
  "HTTP.headers": "HeadersValue",
  "SIP.headers": "HeadersValue",
  "SMTP.headers": "HeadersValue",
  "DNS.answers": "readonly DNSAnswerValue[]",
  "SSL.certificates": "readonly SSLCertificateValue[]",
  "SSL.clientCertificates": "readonly SSLCertificateValue[]",
  "SSL.clientExtensions": "readonly SSLExtensionValue[] | null",
  "SSL.serverExtensions": "readonly SSLExtensionValue[] | null",
  "QUIC.clientExtensions": "readonly SSLExtensionValue[] | null",
  "QUIC.serverExtensions": "readonly SSLExtensionValue[] | null",
  "DHCP.options": "readonly DHCPOptionValue[]",
  "DHCP6.options": "readonly DHCPOptionValue[]",
  "NetFlow.fields": "readonly NetFlowFieldValue[]",
  "TCP.options": "readonly TCPOptionValue[]",
  "TCP.options1": "readonly TCPOptionValue[]",
  "TCP.options2": "readonly TCPOptionValue[]",
  "Flow.customDevices1": "readonly DeviceValue[]",
  "Flow.customDevices2": "readonly DeviceValue[]",
  "MetricRecord.fields": "{ readonly [field: string]: MetricFieldValue }",
  "MetricRecord.object": "MetricObjectValue",
  "AlertRecord.object": "MetricObjectValue",
  "MetricCycle.interval": "{ readonly from: number; readonly until: number }",
};

/** Members the member list leaves out (nested in the reference's prose) that fixtures need. */
const EXTRA_MEMBERS: Record<string, Record<string, string>> = {
  Flow: {
    client: "FlowEndpointValue",
    server: "FlowEndpointValue",
    sender: "FlowEndpointValue",
    receiver: "FlowEndpointValue",
  },
};

/** Reference type → fixture type, and the conversion the harness applies (if any). */
const BASE_TYPES: Record<string, { ts: string; kind?: FieldKind }> = {
  number: { ts: "number" },
  string: { ts: "string" },
  boolean: { ts: "boolean" },
  object: { ts: "{ readonly [field: string]: unknown }" },
  array: { ts: "readonly unknown[]" },
  "array of objects": { ts: "readonly { readonly [field: string]: unknown }[]" },
  "array of strings": { ts: "readonly string[]" },
  "array of numbers": { ts: "readonly number[]" },
  ipaddress: { ts: "IPAddressValue", kind: "ipaddr" },
  "ipaddress | string": { ts: "IPAddressValue", kind: "ipaddr" },
  buffer: { ts: "BufferValue", kind: "buffer" },
  device: { ts: "DeviceValue", kind: "device" },
  application: { ts: "ApplicationValue", kind: "application" },
  sslcert: { ts: "SSLCertificateValue", kind: "certificate" },
  flowinterface: { ts: "{ readonly [field: string]: unknown }" },
  flownetwork: { ts: "{ readonly [field: string]: unknown }" },
};

export type FieldKind = "ipaddr" | "buffer" | "device" | "application" | "certificate";

function fieldType(cls: string, name: string, refType: string): { ts: string; kind?: FieldKind } {
  const special = MEMBER_TYPES[`${cls}.${name}`];
  if (special) return { ts: special };
  const m = /^(.*?)\s*\|\s*null$/i.exec(refType.trim());
  const base = (m ? m[1] : refType).trim().toLowerCase();
  const known = BASE_TYPES[base];
  if (!known) throw new Error(`fixture-types: no fixture type for ${cls}.${name} (${refType})`);
  return { ts: m ? `${known.ts} | null` : known.ts, kind: known.kind };
}

/** The event-scoped classes of the member list that tests give as fields, in the list's order. */
export function fixtureClasses(classes: readonly ApiClass[] = API_CLASSES): ApiClass[] {
  return classes.filter((c) => EVENT_SCOPED_GLOBALS.has(c.class) && !SPECIAL_CLASSES.has(c.class));
}

export function renderFixtureTypesText(classes: readonly ApiClass[] = API_CLASSES): string {
  const out: string[] = [
    "// Generated from build/engine/api-members.json and build/engine/events.ts by",
    "// scripts/gen/fixture-types.ts; do not edit. Regenerate: npm run docs:gen",
    "",
    "/* The fixture fields fire() accepts per class: every property of the reference, optional. */",
    "import type {",
    "  ApplicationValue, BufferValue, DeviceValue, DHCPOptionValue, DNSAnswerValue, FlowEndpointValue,",
    "  HeadersValue, NetFlowFieldValue,",
    "  IPAddressValue, MetricFieldValue, MetricObjectValue, SSLCertificateValue, SSLExtensionValue,",
    "  TCPOptionValue,",
    '} from "./shapes.ts";',
    "",
  ];
  const kinds: string[] = [];
  const names: string[] = [];
  for (const cls of fixtureClasses(classes)) {
    names.push(cls.class);
    out.push(`/** Fixture fields of \`${cls.class}\`. */`, `export interface ${cls.class}Fields {`);
    const fieldKinds: string[] = [];
    const members = [
      ...cls.properties
        .filter((p) => !STORE_MEMBERS.has(`${cls.class}.${p.name}`))
        .map((p) => ({ name: p.name, ...fieldType(cls.class, p.name, p.type ?? "Object") })),
      ...Object.entries(EXTRA_MEMBERS[cls.class] ?? {}).map(([name, ts]) => ({ name, ts, kind: undefined })),
    ];
    for (const m of members) {
      out.push(`  readonly ${m.name}?: ${m.ts};`);
      if (m.kind) fieldKinds.push(`${m.name}: ${JSON.stringify(m.kind)}`);
    }
    out.push("}", "");
    if (fieldKinds.length) kinds.push(`  ${cls.class}: { ${fieldKinds.join(", ")} },`);
  }
  out.push(
    "/** Class name → its fixture fields. */",
    "export interface ClassFields {",
    ...names.map((n) => `  ${n}: ${n}Fields;`),
    "}",
    "",
    "/** Fields holding engine values the harness builds from fixture data, per class. */",
    'export const FIELD_KINDS: Readonly<Record<string, Readonly<Record<string, "ipaddr" | "buffer" | "device" | "application" | "certificate">>>> = {',
    ...kinds,
    "};",
    "",
  );
  return out.join("\n");
}

/** The file as committed: rendered, then formatted by prettier (format:check must stay clean). */
export async function renderFixtureTypes(root: string): Promise<string> {
  const file = resolve(root, FIXTURE_TYPES_FILE);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(renderFixtureTypesText(), { ...options, parser: "typescript" });
}

export async function writeFixtureTypes(root: string): Promise<string> {
  const file = resolve(root, FIXTURE_TYPES_FILE);
  writeIfChanged(file, await renderFixtureTypes(root));
  return file;
}
