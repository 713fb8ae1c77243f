/**
 * `ThreatIntel`: whether threat intelligence lists an address, domain or URI. The lists come from
 * the test (`threatIntel` option of loadTrigger or the Sensor); without them nothing is loaded
 * and every check gives null, as on a sensor without threat intelligence.
 */
import { typeError } from "./errors.ts";
import { describe } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { EhIPAddress } from "./ipaddress.ts";

export interface ThreatIntelLists {
  ips?: string[];
  domains?: string[];
  uris?: string[];
}

export class ThreatIntelGlobal {
  readonly #env: EngineEnv;
  constructor(env: EngineEnv) {
    this.#env = env;
  }
  get #lists(): ThreatIntelLists | undefined {
    return this.#env.sensor.threatIntel;
  }
  get isAvailable(): boolean {
    return this.#lists !== undefined;
  }
  hasIP(address: unknown): boolean | null {
    const a = this.#env.unwrap(address);
    if (!(a instanceof EhIPAddress) && typeof a !== "string")
      throw typeError(`ThreatIntel.hasIP: address must be an IPAddress, got ${describe(a)}`);
    return this.#lists ? (this.#lists.ips ?? []).includes(String(a)) : null;
  }
  hasDomain(domain: unknown): boolean | null {
    if (typeof domain !== "string") throw typeError("ThreatIntel.hasDomain: domain must be a string");
    return this.#lists ? (this.#lists.domains ?? []).includes(domain.toLowerCase()) : null;
  }
  hasURI(uri: unknown): boolean | null {
    if (typeof uri !== "string") throw typeError("ThreatIntel.hasURI: uri must be a string");
    return this.#lists ? (this.#lists.uris ?? []).includes(uri) : null;
  }
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "ThreatIntel",
    status: "simulated",
    differences: [
      "The indicator lists come from the test (`threatIntel: { ips, domains, uris }`); matching is exact (domains case-insensitive), with no subdomain or URI normalisation.",
    ],
  },
];
