/**
 * `ehtrig import FILE`: an exported bundle, or a plain .js trigger script, becomes TypeScript
 * trigger sources under triggers/ that build to the same behaviour:
 *
 * - The metadata becomes `export const trigger = {...} satisfies TriggerConfig;`.
 * - The script is kept byte for byte inside `function runImportedTrigger(): void { … }` followed by
 *   a call. The engine runs a trigger script as a function body (top-level `return` is legal
 *   there), and a function keeps that meaning: `return` still ends the run, `var` and function
 *   declarations stay local to one run. Lines are not re-indented, so multi-line strings keep
 *   their content.
 * - `// @ts-nocheck` on the first line: the original was never type-checked, and the point of the
 *   import is to move it unchanged; delete the line to start typing it.
 *
 * Nothing is written if any target file already exists.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { parse } from "acorn";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { fromBundleTrigger, type PlainTrigger } from "./format.ts";

export interface ScriptMetadata {
  name?: string;
  events?: string[];
  description?: string;
}

export interface ImportedFile {
  /** Trigger id (file stem). */
  id: string;
  /** Absolute path written (or that would be written). */
  path: string;
  name: string;
  source: string;
  /** What the import could not carry over, for the user to act on. */
  notes: string[];
}

/** A trigger read from the input, with the bundle settings a TypeScript trigger does not hold. */
export type ImportedTrigger = PlainTrigger & { applyAll?: boolean };

const RUNNER = "runImportedTrigger";

/** "TCP Flow Health Monitor (v2)" → "tcp-flow-health-monitor-v2". */
export function triggerId(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id || "imported-trigger";
}

export function readImport(file: string, meta: ScriptMetadata = {}): ImportedTrigger[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new EhtrigError([
      diagnostic("EH771", `cannot read ${file} (${(err as NodeJS.ErrnoException).code})`),
    ]);
  }
  if (extname(file).toLowerCase() === ".js") {
    if (!meta.name || !meta.events?.length) {
      throw new EhtrigError([
        diagnostic("EH774", `${basename(file)} is a plain script: its name and events are needed`),
      ]);
    }
    return [
      {
        name: meta.name,
        author: "",
        description: meta.description ?? "",
        debug: false,
        disabled: false,
        events: meta.events,
        hints: {},
        script: text,
      },
    ];
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new EhtrigError([
      diagnostic("EH771", `${basename(file)} is neither a .js script nor JSON: ${(err as Error).message}`),
    ]);
  }
  const entries = (data as { Trigger?: unknown })?.Trigger;
  if (!Array.isArray(entries) || !entries.length) {
    throw new EhtrigError([diagnostic("EH771", `${basename(file)} has no Trigger entries`)]);
  }
  return entries.map((e, i) => {
    try {
      const entry = e as Record<string, unknown>;
      return { ...fromBundleTrigger(entry), applyAll: entry.apply_all === true };
    } catch (err) {
      throw new EhtrigError([
        diagnostic("EH771", `${basename(file)}: Trigger[${i}]: ${(err as Error).message}`),
      ]);
    }
  });
}

/** The TypeScript source for one trigger. */
export function toTypeScript(t: PlainTrigger, from: string): string {
  checkSyntax(t, from);
  const config: Record<string, unknown> = { name: t.name, events: t.events };
  if (t.description) config.description = t.description;
  if (t.debug) config.debug = true;
  if (t.disabled) config.disabled = true;
  if (Object.keys(t.hints).length) config.hints = t.hints;
  const fields = Object.entries(config)
    .map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`)
    .join("\n");
  let runner = RUNNER;
  for (let n = 2; t.script.includes(runner); n++) runner = `${RUNNER}${n}`;
  const script = t.script.replace(/\r\n/g, "\n").replace(/\n*$/, "");
  return [
    `// @ts-nocheck -- imported from ${from} unchanged; remove this line to type-check it.`,
    `export const trigger = {`,
    fields,
    `} satisfies TriggerConfig;`,
    ``,
    `// The original script, as the engine ran it: a function body (so a top-level return ends the run).`,
    `function ${runner}(): void {`,
    script,
    `}`,
    ``,
    `${runner}();`,
    ``,
  ].join("\n");
}

function checkSyntax(t: PlainTrigger, from: string): void {
  try {
    parse(t.script, { ecmaVersion: "latest", sourceType: "script", allowReturnOutsideFunction: true });
  } catch (err) {
    const e = err as SyntaxError & { loc?: { line: number; column: number } };
    throw new EhtrigError([
      diagnostic("EH773", `${from}: trigger "${t.name}": ${e.message}`, {
        location: e.loc ? { file: from, line: e.loc.line, column: e.loc.column + 1 } : undefined,
      }),
    ]);
  }
}

/** Plans (and unless dryRun, writes) one file per trigger; refuses wholesale if any target exists. */
export function importTriggers(
  file: string,
  triggersDir: string,
  root: string,
  meta: ScriptMetadata = {},
  dryRun = false,
): ImportedFile[] {
  const from = relative(root, file).split("\\").join("/") || basename(file);
  return writeImported(readImport(file, meta), from, triggersDir, root, dryRun);
}

/**
 * Plans (and unless dryRun, writes) one TypeScript file per trigger read from `from` (a file, or an
 * appliance for `ehtrig pull`); refuses wholesale if any target exists.
 */
export function writeImported(
  triggers: ImportedTrigger[],
  from: string,
  triggersDir: string,
  root: string,
  dryRun = false,
): ImportedFile[] {
  const planned: ImportedFile[] = [];
  const taken = new Set<string>();
  for (const t of triggers) {
    let id = triggerId(t.name);
    for (let n = 2; taken.has(id); n++) id = `${triggerId(t.name)}-${n}`;
    taken.add(id);
    const { applyAll, ...fields } = t;
    const notes = applyAll
      ? [
          // deploy creates triggers with apply_all false: without this note the trigger would
          // silently stop running once it moves into the project.
          `"${t.name}" applies to all devices (apply_all) in ${from}; ehtrig deploy creates triggers ` +
            "with apply_all false, so assign it under the appliance's `assignments` (or in the UI)",
        ]
      : [];
    planned.push({
      id,
      path: join(triggersDir, `${id}.ts`),
      name: t.name,
      source: toTypeScript(fields, from),
      notes,
    });
  }
  const existing = planned.filter((p) => existsSync(p.path));
  if (existing.length) {
    throw new EhtrigError(
      existing.map((p) =>
        diagnostic("EH772", `${relative(root, p.path)} exists; nothing was imported`, { trigger: p.id }),
      ),
    );
  }
  if (!dryRun) {
    mkdirSync(triggersDir, { recursive: true });
    // "wx": fail rather than overwrite, even if a file appeared since the check above.
    for (const p of planned) writeFileSync(p.path, p.source, { flag: "wx" });
  }
  return planned;
}
