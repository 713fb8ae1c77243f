/**
 * The metric values a METRIC_RECORD_COMMIT trigger finds in `MetricRecord.fields`: Dataset (a
 * distribution with percentile()), Sampleset (count, mean, sigma, sums) and Topnset (entries by
 * key with findEntries(), findKeys() and lookup()). Tests build them with the dataset(),
 * sampleset() and topnset() fixtures; the trigger sees engine objects with these methods.
 */
import { typeError } from "./errors.ts";
import { describe, isObjectLike } from "./data.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { EhIPAddress } from "./ipaddress.ts";

export interface DatasetEntry {
  readonly value: number;
  readonly frequency: number;
}

export class DatasetValue {
  readonly entries: readonly DatasetEntry[];
  constructor(entries: readonly DatasetEntry[]) {
    this.entries = [...entries].sort((a, b) => a.value - b.value);
  }
  /** Nearest-rank percentiles of the distribution: one number, several, or an array of them. */
  percentile(...args: unknown[]): number | number[] {
    const single = args.length === 1 && typeof args[0] === "number";
    const wanted = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
    const out = wanted.map((p) => {
      if (typeof p !== "number" || !(p >= 0 && p <= 100))
        throw typeError(`Dataset.percentile: percentiles are numbers from 0 to 100, got ${describe(p)}`);
      return this.#rank(p);
    });
    return single ? out[0] : out;
  }
  #rank(p: number): number {
    const total = this.entries.reduce((n, e) => n + e.frequency, 0);
    if (total === 0) return NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * total));
    let seen = 0;
    for (const e of this.entries) {
      seen += e.frequency;
      if (seen >= rank) return e.value;
    }
    return this.entries[this.entries.length - 1].value;
  }
}

export class SamplesetValue {
  readonly count: number;
  readonly mean: number;
  readonly sigma: number;
  readonly sum: number;
  readonly sum2: number;
  constructor(v: { count: number; sum: number; sum2: number }) {
    this.count = v.count;
    this.sum = v.sum;
    this.sum2 = v.sum2;
    this.mean = v.count ? v.sum / v.count : NaN;
    this.sigma = v.count ? Math.sqrt(Math.max(0, v.sum2 / v.count - this.mean * this.mean)) : NaN;
  }
}

export type TopnsetKeyType = "int" | "string" | "device_id" | "ipaddr" | "addr_pair" | "ether";

export interface TopnsetKey {
  readonly type: TopnsetKeyType;
  readonly value: unknown;
}

export interface TopnsetEntry {
  readonly key: TopnsetKey;
  readonly value: unknown;
}

/** Whether `key` matches what the trigger asked for: an address, a string, or a partial key. */
function keyMatches(key: TopnsetKey, pattern: unknown): boolean {
  if (pattern instanceof EhIPAddress) {
    const addr = isObjectLike(key.value) ? key.value.addr : undefined;
    return key.type === "ipaddr" && String(addr) === pattern.toString();
  }
  if (typeof pattern === "string") return key.type === "string" && key.value === pattern;
  if (!isObjectLike(pattern))
    throw typeError(`Topnset: key must be an IPAddress, a string or an object, got ${describe(pattern)}`);
  if (pattern.type !== undefined && pattern.type !== key.type) return false;
  if (pattern.value === undefined) return true;
  if (isObjectLike(pattern.value) && !(pattern.value instanceof EhIPAddress)) {
    if (!isObjectLike(key.value)) return false;
    const have = key.value;
    return Object.entries(pattern.value).every(([k, v]) => String(have[k]) === String(v));
  }
  return String(key.value) === String(pattern.value);
}

export class TopnsetValue {
  readonly entries: readonly TopnsetEntry[];
  constructor(entries: readonly TopnsetEntry[]) {
    this.entries = entries;
  }
  findEntries(pattern: unknown): TopnsetEntry[] {
    return this.entries.filter((e) => keyMatches(e.key, pattern));
  }
  findKeys(pattern: unknown): TopnsetKey[] {
    return this.findEntries(pattern).map((e) => e.key);
  }
  lookup(pattern: unknown): unknown {
    const hit = this.entries.find((e) => keyMatches(e.key, pattern));
    return hit ? hit.value : null;
  }
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Dataset.percentile",
    status: "simulated",
    differences: [
      "Nearest-rank percentiles over the fixture's entries (the sensor's method is undocumented); an empty dataset gives NaN.",
    ],
  },
  {
    name: "Topnset.findEntries",
    status: "simulated",
    differences: [
      "An IPAddress matches `ipaddr` keys by address, a string matches `string` keys, an object matches its given `type` and `value` fields (as text).",
    ],
  },
  {
    name: "Topnset.findKeys",
    status: "simulated",
    differences: ["Matches as findEntries()."],
  },
  {
    name: "Topnset.lookup",
    status: "simulated",
    differences: ["The value of the first entry findEntries() would give, or null."],
  },
];
