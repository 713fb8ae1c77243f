/**
 * A fresh user repository with this toolkit installed from its packed tarball, for the tests of
 * the whole install path. Dependencies come from npm's cache where it has them
 * (`--prefer-offline`): this repository's own install filled it with their tarballs, but `npm ci`
 * keeps no package metadata, so on a fresh machine that is asked of the registry. The tarball is
 * packed from the current lib/ (the suite's global setup compiles it), so packing skips the
 * prepare script.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "../support/project.ts";

export const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
export const STEP_TIMEOUT_MS = 180_000;

export interface UserRepo {
  root: string;
  tarball: string;
  /** Runs a command line in the repository with bash, as a user would type it. */
  sh(line: string): SpawnSyncReturns<string>;
  ehtrig(...args: string[]): SpawnSyncReturns<string>;
  remove(): void;
}

/** A new folder with a package.json and the packed toolkit next to it (not yet installed). */
export function userRepo(name: string, fields: Record<string, unknown>): UserRepo {
  const work = mkdtempSync(join(tmpdir(), "ehtrig-package-"));
  const packed = execFileSync(NPM, ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], {
    cwd: REPO,
    encoding: "utf8",
  });
  const tarball = join(work, packed.trim().split("\n").pop()!);
  const root = join(work, name);
  mkdirSync(root);
  writeFileSync(
    join(root, "package.json"),
    JSON.stringify({ name, version: "1.0.0", private: true, ...fields }, null, 2),
  );
  const run = (cmd: string, args: string[]) =>
    spawnSync(cmd, args, { cwd: root, encoding: "utf8", env: userEnv() });
  return {
    root,
    tarball,
    sh: (line) => run("bash", ["-c", line]),
    ehtrig: (...args) => run(join(root, "node_modules", ".bin", "ehtrig"), args),
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}

/** The environment of a user's shell: none of the outer vitest's variables, no colours. */
function userEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "NODE_OPTIONS"),
  );
  return { ...env, CI: "true", NO_COLOR: "1" };
}

/** What a command printed, colours removed. */
export function output(r: SpawnSyncReturns<string>): string {
  return `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
}

/** The install line of the README, pointed at the packed tarball and npm's cache. */
export function installLine(line: string, tarball: string): string {
  if (line !== "npm install --save-dev ehtrig vitest") throw new Error(`unexpected install line: ${line}`);
  return `npm install --prefer-offline --no-audit --no-fund --save-dev ${tarball} vitest`;
}

/** Every file under root (but node_modules and build output) with its content. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (["node_modules", "dist", ".ehtrig-cache"].includes(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else out[p.slice(root.length + 1)] = readFileSync(p, "utf8");
    }
  };
  visit(root);
  return out;
}

export const EDITOR_TSC = join(REPO, "test", "editor-typescript", "node_modules", "typescript", "bin", "tsc");
