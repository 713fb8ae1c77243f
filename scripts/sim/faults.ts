/**
 * Fault injection: a seeded share of requests is answered with a 5xx or a 429 (with Retry-After),
 * has its connection reset before the simulator acts on it, is answered late, gets a
 * `200 text/html` login page, as a proxy in front of the appliance sends, or is carried out with its
 * answer lost (`lost`: the connection drops after the simulator acted). Faults strike
 * before the request is processed (except `lost`, and `slow`, which acts late), so a faulted request
 * never changes state: a client that retries correctly loses nothing and duplicates nothing.
 */
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";

export type FaultKind = "500" | "502" | "503" | "504" | "429" | "reset" | "slow" | "html" | "lost";

export const FAULT_KINDS: FaultKind[] = ["500", "502", "503", "504", "429", "reset", "slow", "html", "lost"];

export interface FaultOptions {
  /** Share of requests that get a fault, 0..1. */
  rate: number;
  /** Which faults to pick from (evenly). Default 503, 429, reset, slow. */
  kinds?: FaultKind[];
  /** Delay of a "slow" answer. Default 200 ms. */
  slowMs?: number;
  /** Retry-After seconds sent with 429 and 503. Default 0. */
  retryAfter?: number;
  /** Seed of the random choice; the same seed gives the same faults for the same request order. */
  seed?: number;
  /** Only requests with these methods can get a fault (for tests aiming at one step). Default: all. */
  methods?: string[];
}

export const DEFAULT_FAULT_KINDS: FaultKind[] = ["503", "429", "reset", "slow"];

/** mulberry32: small, fast, good enough to spread faults evenly and repeatably. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function faultPicker(opts: FaultOptions | undefined): (method: string) => FaultKind | undefined {
  if (!opts || opts.rate <= 0) return () => undefined;
  const random = seededRandom(opts.seed ?? 1);
  const kinds = opts.kinds?.length ? opts.kinds : DEFAULT_FAULT_KINDS;
  return (method) => {
    if (opts.methods && !opts.methods.includes(method)) return undefined;
    return random() < opts.rate ? kinds[Math.floor(random() * kinds.length)] : undefined;
  };
}

/** "rate=0.1,kinds=503+429+reset,slowMs=200,retryAfter=0,seed=7,methods=PATCH" → FaultOptions. */
export function parseFaults(spec: string): FaultOptions {
  const opts: FaultOptions = { rate: 0 };
  for (const part of spec.split(",").filter(Boolean)) {
    const [key, value = ""] = part.split("=");
    const num = Number(value);
    switch (key.trim()) {
      case "rate":
        if (!(num >= 0 && num <= 1)) bad(spec, "rate must be between 0 and 1");
        opts.rate = num;
        break;
      case "kinds": {
        const kinds = value.split("+") as FaultKind[];
        const unknown = kinds.filter((k) => !FAULT_KINDS.includes(k));
        if (unknown.length)
          bad(spec, `unknown fault kind ${unknown.join(", ")} (known: ${FAULT_KINDS.join(", ")})`);
        opts.kinds = kinds;
        break;
      }
      case "methods":
        opts.methods = value.split("+").map((m) => m.toUpperCase());
        break;
      case "slowMs":
      case "retryAfter":
      case "seed":
        if (!Number.isFinite(num) || num < 0) bad(spec, `${key} must be a non-negative number`);
        opts[key as "slowMs" | "retryAfter" | "seed"] = num;
        break;
      default:
        bad(spec, `unknown setting "${key}"`);
    }
  }
  return opts;
}

function bad(spec: string, why: string): never {
  throw new EhtrigError([diagnostic("EH791", `--faults "${spec}": ${why}`)]);
}
