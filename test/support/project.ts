/**
 * Throwaway ehtrig projects for the compiler's tests: a temp folder whose tsconfig.json extends
 * the repository's base (so the real engine types, as an installed package gives them), an
 * ehtrig.config.json, and the files a test gives.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import { loadProject, type Project } from "../../build/index.ts";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const created: string[] = [];
afterEach(() => {
  while (created.length) rmSync(created.pop()!, { recursive: true, force: true });
});

export const CONFIG = {
  targets: {
    "ticket-server": { type: "http" },
    siem: { type: "syslog" },
  },
};

export interface TempProject {
  root: string;
  project: Project;
  write(path: string, text: string): void;
  read(path: string): string;
}

/**
 * tsconfig.json of a project outside this repository, as `ehtrig init` writes it; `include` names
 * other folders too (a typings/ folder).
 */
export function writeTsconfig(root: string, include: readonly string[] = ["triggers"]): void {
  const config = { extends: join(REPO, "tsconfig.base.json"), include };
  writeFileSync(join(root, "tsconfig.json"), JSON.stringify(config, null, 2));
}

/** @param files project-relative path → content */
export function tempProject(files: Record<string, string>, config: object = CONFIG): TempProject {
  const root = mkdtempSync(join(tmpdir(), "ehtrig-test-"));
  created.push(root);
  writeTsconfig(root);
  writeFileSync(join(root, "ehtrig.config.json"), JSON.stringify(config, null, 2));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  mkdirSync(join(root, "triggers"), { recursive: true });
  for (const [path, text] of Object.entries(files)) write(path, text);
  return { root, project: loadProject(root), write, read: (path) => readFileSync(join(root, path), "utf8") };
}

/** A trigger source with its config block. */
export function triggerSource(name: string, events: string[], body: string): string {
  return `export const trigger = { name: ${JSON.stringify(name)}, events: ${JSON.stringify(events)} } satisfies TriggerConfig;\n${body}\n`;
}

/** A CommonJS npm package in the project's node_modules (code the type-check never sees). */
export function npmPackage(name: string, code: string): Record<string, string> {
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: "1.0.0", main: "index.js" }),
    [`node_modules/${name}/index.js`]: code,
  };
}
