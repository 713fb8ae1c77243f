/**
 * `GeoIP`: location of an address. There is no MaxMind database in the harness: the test gives
 * the locations it needs (`geoip` option, address → location); other addresses give null.
 */
import { typeError } from "./errors.ts";
import { describe } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { EhIPAddress } from "./ipaddress.ts";

export interface GeoLocation {
  continentName?: string | null;
  continentCode?: string | null;
  countryName?: string | null;
  countryCode?: string | null;
  region?: string | null;
  city?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  radius?: number | null;
}

const COUNTRY_FIELDS = ["continentName", "continentCode", "countryName", "countryCode"] as const;
const PRECISE_FIELDS = [...COUNTRY_FIELDS, "region", "city", "latitude", "longitude", "radius"] as const;

export class GeoIPGlobal {
  readonly #env: EngineEnv;
  constructor(env: EngineEnv) {
    this.#env = env;
  }
  #find(method: string, ip: unknown, fields: readonly (keyof GeoLocation)[]): Record<string, unknown> | null {
    const a = this.#env.unwrap(ip);
    if (!(a instanceof EhIPAddress) && typeof a !== "string")
      throw typeError(`GeoIP.${method}: ipaddr must be an IPAddress, got ${describe(a)}`);
    const known = this.#env.sensor.geoip?.[String(a)];
    if (!known) return null;
    return Object.fromEntries(fields.map((f) => [f, known[f] ?? null]));
  }
  getCountry(ip: unknown): Record<string, unknown> | null {
    return this.#find("getCountry", ip, COUNTRY_FIELDS);
  }
  getPreciseLocation(ip: unknown): Record<string, unknown> | null {
    return this.#find("getPreciseLocation", ip, PRECISE_FIELDS);
  }
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "GeoIP",
    status: "simulated",
    differences: ["No location database: only the addresses the test lists in the `geoip` option are known."],
  },
];
