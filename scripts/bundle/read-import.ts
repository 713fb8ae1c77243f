/**
 * Reads what `ehtrig import` is given, deciding by content rather than by extension: text that
 * parses as a JSON object is a bundle (it must hold a Trigger array); anything else is a plain
 * trigger script. Every bundle field is type-checked: a `"disabled": "true"` must not become an
 * enabled trigger, and a `comment: ["x"]` is an error rather than silently dropped.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { diagnostic, EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import type { PlainTrigger } from "./format.ts";

export interface ScriptMetadata {
  name?: string;
  events?: string[];
  description?: string;
}

/** A trigger read from the input, with the bundle settings a TypeScript trigger does not hold. */
export type ImportedTrigger = PlainTrigger & { applyAll?: boolean };

export interface ImportInput {
  kind: "bundle" | "script";
  triggers: ImportedTrigger[];
  /** What the input carries that import does not bring into the project. */
  notes: string[];
}

/** Bundle keys import understands; anything else (dashboards, device groups, …) is listed as left behind. */
const BUNDLE_KEYS = new Set([".meta", "Trigger"]);

export function readImport(file: string, meta: ScriptMetadata = {}): ImportInput {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new EhtrigError([
      diagnostic("EH771", `cannot read ${file} (${(err as NodeJS.ErrnoException).code})`),
    ]);
  }
  const data = parseJsonObject(text);
  if (data === undefined) return { kind: "script", triggers: [plainScript(file, text, meta)], notes: [] };
  return readBundle(basename(file), data, meta);
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (!/^\s*\{/.test(text)) return undefined;
  try {
    const data = JSON.parse(text) as unknown;
    return data && typeof data === "object" && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    // `{` then not JSON: a script that starts with a block, or a damaged bundle. The script's
    // syntax check says which, with a line and column.
    return undefined;
  }
}

function plainScript(file: string, text: string, meta: ScriptMetadata): ImportedTrigger {
  if (!meta.name || !meta.events?.length) {
    throw new EhtrigError([
      diagnostic("EH774", `${basename(file)} is a plain script: its name and events are needed`),
    ]);
  }
  return {
    name: meta.name,
    author: "",
    description: meta.description ?? "",
    debug: false,
    disabled: false,
    events: meta.events,
    hints: {},
    script: text,
  };
}

function readBundle(from: string, data: Record<string, unknown>, meta: ScriptMetadata): ImportInput {
  const entries = data.Trigger;
  if (!Array.isArray(entries) || !entries.length)
    throw new EhtrigError([diagnostic("EH771", `${from} has no Trigger entries`)]);
  const overrides = meta.name !== undefined || meta.events !== undefined || meta.description !== undefined;
  if (overrides && entries.length > 1) {
    throw new EhtrigError(
      [
        diagnostic(
          "EH775",
          `${from} holds ${entries.length} triggers; --name, --events and --description apply to a bundle with one trigger`,
        ),
      ],
      2,
    );
  }
  const problems: Diagnostic[] = [];
  const triggers = entries.map((e, i) => readEntry(`${from}: Trigger[${i}]`, e, problems));
  if (problems.length) throw new EhtrigError(problems);
  if (overrides) {
    const t = triggers[0]!;
    if (meta.name !== undefined) t.name = meta.name;
    if (meta.events !== undefined) t.events = meta.events;
    if (meta.description !== undefined) t.description = meta.description;
  }
  const notes = Object.entries(data)
    .filter(([k, v]) => !BUNDLE_KEYS.has(k) && !isEmpty(v))
    .map(
      ([k, v]) =>
        `${from} also holds ${k} (${Array.isArray(v) ? `${v.length} item(s)` : "an object"}), which import does not bring into the project`,
    );
  return { kind: "bundle", triggers, notes };
}

function isEmpty(v: unknown): boolean {
  return (
    v == null ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === "object" && Object.keys(v).length === 0)
  );
}

/** Reads one entry; events and hints may be JSON strings (as exported) or already parsed. */
function readEntry(where: string, raw: unknown, problems: Diagnostic[]): ImportedTrigger {
  const bad = (field: string, want: string, got: unknown): void => {
    problems.push(diagnostic("EH780", `${where}: "${field}" must be ${want}, not ${JSON.stringify(got)}`));
  };
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    bad("(entry)", "an object", raw);
    return {} as ImportedTrigger;
  }
  const e = raw as Record<string, unknown>;
  const str = (field: string, required: boolean): string => {
    const v = e[field];
    if (v === undefined && !required) return "";
    if (typeof v !== "string" || (required && field === "name" && !v))
      bad(field, required ? "a non-empty string" : "a string", v);
    return typeof v === "string" ? v : "";
  };
  const bool = (field: string): boolean => {
    const v = e[field];
    if (v !== undefined && typeof v !== "boolean") bad(field, "true or false", v);
    return v === true;
  };
  const json = (field: string, fallback: unknown): unknown => {
    const v = e[field];
    if (typeof v !== "string") return v ?? fallback;
    if (!v.trim()) return fallback;
    try {
      return JSON.parse(v);
    } catch {
      bad(field, "JSON", v);
      return fallback;
    }
  };
  const events = json("events", e.event !== undefined ? [e.event] : []);
  if (!Array.isArray(events) || events.some((x) => typeof x !== "string"))
    bad("events", "a list of event names", events);
  const hints = json("hints", {});
  if (!hints || typeof hints !== "object" || Array.isArray(hints)) bad("hints", "an object", hints);
  const description = e.comment !== undefined ? str("comment", false) : str("description", false);
  return {
    name: str("name", true),
    author: str("author", false),
    description,
    debug: bool("debug"),
    disabled: bool("disabled"),
    events: Array.isArray(events) ? (events as string[]) : [],
    hints: (hints ?? {}) as Record<string, unknown>,
    script: str("script", true),
    applyAll: bool("apply_all"),
  };
}
