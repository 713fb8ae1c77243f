/**
 * Stage 1: finds the triggers of a project. Every `*.ts` directly in the triggers folder is one
 * trigger (its id is the file stem); `lib/` and other sub-folders hold shared modules. Type
 * declarations and tests (`.d.ts`, `.test.ts`, `.spec.ts`) and hidden files (editor locks, `.#x.ts`)
 * are not triggers. Any other TypeScript file whose name cannot be a trigger id is an error, never
 * skipped: a skipped file would also make `deploy --prune` delete the trigger it used to deploy.
 */
import { readdirSync, existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { diagnostic, EhtrigError } from "./diagnostics.ts";
import type { Project } from "./project/config.ts";

export interface TriggerSource {
  /** File stem, e.g. "ticket-tracking"; names the outputs in dist/. */
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, forward slashes (used in messages, banners, manifest). */
  file: string;
}

const TRIGGER_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.ts$/;
const NOT_A_TRIGGER = /\.(d|test|spec)\.ts$/;
/** Looks like trigger source: refused with a message when its name is not a trigger id. */
const TYPESCRIPT = /\.[mc]?tsx?$/;

export const TRIGGER_FILE_RULE =
  "a trigger file is <id>.ts where the id starts with an ASCII letter or digit and holds only ASCII letters, digits, '.', '_' and '-'";

export function discover(project: Project): TriggerSource[] {
  if (!existsSync(project.triggersDir)) {
    throw new EhtrigError([
      diagnostic("EH102", `no triggers folder at ${relPath(project, project.triggersDir)}`),
    ]);
  }
  const files = readdirSync(project.triggersDir, { withFileTypes: true }).filter(
    (e) => e.isFile() && !e.name.startsWith(".") && !NOT_A_TRIGGER.test(e.name),
  );
  const misnamed = files.filter((e) => TYPESCRIPT.test(e.name) && !TRIGGER_FILE.test(e.name));
  if (misnamed.length) {
    throw new EhtrigError(
      misnamed.map((e) => {
        const file = relPath(project, join(project.triggersDir, e.name));
        return diagnostic("EH105", `${file} cannot be a trigger: ${TRIGGER_FILE_RULE}`, {
          location: { file, line: 1, column: 1 },
          hint: `Rename it, for example to ${suggestedName(e.name)} (shared code goes in triggers/lib/).`,
        });
      }),
    );
  }
  return files
    .filter((e) => TRIGGER_FILE.test(e.name))
    .map((e) => {
      const path = join(project.triggersDir, e.name);
      return { id: e.name.slice(0, -3), path, file: relPath(project, path) };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An id-safe spelling of a file name: "Detection Kafka.ts" → "detection-kafka.ts". */
function suggestedName(name: string): string {
  const stem = name
    .replace(TYPESCRIPT, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|-+$/g, "");
  return `${stem || "trigger"}.ts`;
}

export function relPath(project: Project, abs: string): string {
  return rootRelative(project.root, abs);
}

/** A path (absolute, or relative to root) as the project names files: relative to root, with /. */
export function rootRelative(root: string, path: string): string {
  return relative(root, resolve(root, path)).split("\\").join("/");
}
