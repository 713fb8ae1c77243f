/**
 * ExtraHop's bundle format, as a 26.2 export shows it (see docs/rest.md, "Bundles"): a `.meta`
 * block and a `Trigger` array whose entries carry `events` and `hints` as JSON-encoded strings and
 * the description as `comment`. REST-style fields → bundle entry lives here; the other direction,
 * with its field validation, is read-import.ts.
 */
import type { TriggerFields } from "../rest/trigger-fields.ts";

export interface BundleMeta {
  name: string;
  comment: string;
  /** Epoch seconds. */
  created: number;
  version: string;
  version_min: string;
}

export interface BundleTrigger {
  apply_all: boolean;
  author: string;
  comment: string;
  debug: boolean;
  disabled: boolean;
  /** JSON-encoded array of event names. */
  events: string;
  /** JSON-encoded object. */
  hints: string;
  name: string;
  script: string;
}

export interface Bundle {
  ".meta": BundleMeta;
  Trigger: BundleTrigger[];
  [other: string]: unknown;
}

/** A trigger in REST spelling (description, arrays and objects), the other side of a bundle entry. */
export type PlainTrigger = TriggerFields;

/**
 * JSON with ", " and ": " separators, the spelling of the appliance's own exports (Python's
 * json.dumps default), so that a bundle written by ehtrig diffs cleanly against an export.
 */
export function exportJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(exportJson).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${JSON.stringify(k)}: ${exportJson(v)}`)
      .join(", ")}}`;
  }
  return JSON.stringify(value);
}

export function toBundleTrigger(t: PlainTrigger): BundleTrigger {
  // Keys in the export's (alphabetical) order.
  return {
    apply_all: false,
    author: t.author,
    comment: t.description,
    debug: t.debug,
    disabled: t.disabled,
    events: exportJson(t.events),
    hints: exportJson(t.hints),
    name: t.name,
    script: t.script,
  };
}
