/** `Device`: devices by id, their custom metrics (recorded), and lookups (nothing is known). */
import { typeError } from "./errors.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { addMetricMethods } from "./metrics.ts";

export class EhDevice {
  readonly id: string;
  /** @param known discovery fields a fixture gives (ipaddrs, dnsNames, …), as plain fields. */
  constructor(env: EngineEnv, id: string, known: Record<string, unknown> = {}) {
    this.id = id;
    for (const [k, v] of Object.entries(known)) if (k !== "id") (this as Record<string, unknown>)[k] = v;
    addMetricMethods(this, env, () => `Device ${id}`);
  }
  equals(other: unknown): boolean {
    if (!(other instanceof EhDevice)) throw typeError("Device.equals: argument must be a Device");
    return other.id === this.id;
  }
  toString(): string {
    return `[object Device ${this.id}]`;
  }
}

export function createDeviceGlobal(env: EngineEnv) {
  const device = (id: unknown) => {
    if (typeof id !== "string" || !id) throw typeError("Device: id must be a non-empty string");
    return new EhDevice(env, id);
  };
  const statics = device as unknown as Record<string, unknown>;
  // No device table is simulated: lookups find nothing.
  statics.lookupByIP = () => null;
  statics.lookupByMAC = () => null;
  addMetricMethods(statics, env, () => "Device");
  return device;
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Device",
    status: "recorded",
    differences: [
      "Metrics are recorded per call. Device.lookupByIP and lookupByMAC always return null (no device table).",
      "A Device made with `new Device(id)` knows only its id; discovery properties are undefined. A device in an event fixture has the discovery fields the fixture gives.",
    ],
  },
];
