/** The `System` global: facts about the sensor the trigger runs on. */
import type { FidelityEntry } from "./fidelity-entry.ts";

export interface SystemInfo {
  uuid: string;
  hostname: string;
  version: string;
  ipaddr: string;
}

export const DEFAULT_SYSTEM: SystemInfo = {
  uuid: "00000000-0000-4000-8000-0000000000e7",
  hostname: "eh-sensor.test",
  version: "26.2.0.0",
  ipaddr: "192.0.2.10",
};

export class SystemGlobal {
  readonly #info: SystemInfo;
  constructor(info: SystemInfo) {
    this.#info = info;
  }
  get uuid(): string {
    return this.#info.uuid;
  }
  get hostname(): string {
    return this.#info.hostname;
  }
  get version(): string {
    return this.#info.version;
  }
  /** An IPAddress on the sensor; here its string form (IPAddress is not simulated). */
  get ipaddr(): string {
    return this.#info.ipaddr;
  }
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "System",
    status: "simulated",
    differences: [
      "Values come from loadTrigger's `system` option; `System.ipaddr` is a string, not an IPAddress.",
    ],
  },
];
