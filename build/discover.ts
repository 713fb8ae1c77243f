/**
 * Stage 1: finds the triggers of a project. Every `*.ts` directly in the triggers folder is one
 * trigger (its id is the file stem); `lib/` and other sub-folders hold shared modules.
 */
import { readdirSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
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

const TRIGGER_FILE = /^(?!.*\.(d|test|spec)\.ts$)[A-Za-z0-9][A-Za-z0-9._-]*\.ts$/;

export function discover(project: Project): TriggerSource[] {
  if (!existsSync(project.triggersDir)) {
    throw new EhtrigError([
      diagnostic("EH102", `no triggers folder at ${relPath(project, project.triggersDir)}`),
    ]);
  }
  return readdirSync(project.triggersDir, { withFileTypes: true })
    .filter((e) => e.isFile() && TRIGGER_FILE.test(e.name))
    .map((e) => {
      const path = join(project.triggersDir, e.name);
      return { id: e.name.slice(0, -3), path, file: relPath(project, path) };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function relPath(project: Project, abs: string): string {
  return relative(project.root, abs).split("\\").join("/");
}
