/**
 * `ehtrig import FILE`: an exported bundle, or a plain trigger script, becomes TypeScript
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
 * Everything that would leave the project unable to build is refused before anything is written
 * (see validate-import.ts), and a failing write removes what it wrote: all or nothing.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { Project } from "../../build/project/config.ts";
import type { PlainTrigger } from "./format.ts";
import { readImport, type ImportedTrigger, type ScriptMetadata } from "./read-import.ts";
import { validateImport } from "./validate-import.ts";

export type { ScriptMetadata } from "./read-import.ts";

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

export interface ImportPlan {
  files: ImportedFile[];
  /** What the input holds besides triggers, which import leaves behind. */
  notes: string[];
}

const RUNNER = "runImportedTrigger";

/** "TCP Flow Health Monitor (v2)" → "tcp-flow-health-monitor-v2". */
export function triggerId(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id || "imported-trigger";
}

/**
 * Text safe inside a `//` comment of generated code: a file name can hold a newline (or U+2028),
 * which would end the comment and turn the rest of the name into code.
 */
export function commentSafe(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The TypeScript source for one trigger. */
export function toTypeScript(t: PlainTrigger, from: string): string {
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
    `// @ts-nocheck -- imported from ${commentSafe(from)} unchanged; remove this line to type-check it.`,
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

/** Plans (and unless dryRun, writes) one file per trigger; refuses wholesale on any problem. */
export function importTriggers(
  file: string,
  project: Project,
  meta: ScriptMetadata = {},
  dryRun = false,
): ImportPlan {
  const from = relative(project.root, file).split("\\").join("/") || basename(file);
  const input = readImport(file, meta);
  return { files: writeImported(input.triggers, from, project, dryRun), notes: input.notes };
}

/**
 * Plans (and unless dryRun, writes) one TypeScript file per trigger read from `from` (a file, or an
 * appliance for `ehtrig pull`); refuses wholesale on any problem.
 */
export function writeImported(
  triggers: ImportedTrigger[],
  from: string,
  project: Project,
  dryRun = false,
): ImportedFile[] {
  const taken = new Set<string>();
  const files: ImportedFile[] = triggers.map((t) => {
    const { applyAll, ...fields } = t;
    // Different names can spell the same id ("Slow HTTP", "slow-http"); equal names are refused.
    let id = triggerId(t.name);
    for (let n = 2; taken.has(id); n++) id = `${triggerId(t.name)}-${n}`;
    taken.add(id);
    const notes: string[] = [];
    // deploy creates triggers with apply_all false: without this note the trigger would
    // silently stop running once it moves into the project.
    if (applyAll)
      notes.push(
        `"${t.name}" applies to all devices (apply_all) in ${from}; ehtrig deploy creates triggers ` +
          "with apply_all false, so assign it under the appliance's `assignments` (or in the UI)",
      );
    if (t.author)
      notes.push(
        `"${t.name}" has the author "${t.author}" in ${from}; deployed triggers get the project's author ("${project.author}")`,
      );
    return {
      id,
      path: join(project.triggersDir, `${id}.ts`),
      name: t.name,
      source: toTypeScript(fields, from),
      notes,
    };
  });
  validateImport(project, from, triggers, files);
  if (!dryRun) writeAll(project.triggersDir, files);
  return files;
}

function writeAll(dir: string, files: ImportedFile[]): void {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  try {
    // "wx": fail rather than overwrite, even if a file appeared since the checks.
    for (const f of files) {
      writeFileSync(f.path, f.source, { flag: "wx" });
      written.push(f.path);
    }
  } catch (err) {
    for (const p of written) rmSync(p, { force: true });
    throw err;
  }
}
