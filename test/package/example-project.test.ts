/**
 * This repository's example project used as a user uses it: a copy of it (triggers, tests,
 * config) with the compiled toolkit installed as node_modules/ehtrig. Adding a trigger with
 * `ehtrig new` never breaks its tests, and `ehtrig watch --test` reruns the tests of what a
 * change rebuilt.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../support/project.ts";

const BIN = join(REPO, "bin", "ehtrig.js");
let root: string;

function ehtrig(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, "") };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "ehtrig-example-"));
  for (const f of ["triggers", "test/triggers", "test/fixtures", "ehtrig.config.json"])
    cpSync(join(REPO, f), join(root, f), { recursive: true });
  writeFileSync(
    join(root, "tsconfig.json"),
    JSON.stringify({ extends: "ehtrig/tsconfig.json", include: ["triggers"] }),
  );
  writeFileSync(
    join(root, "package.json"),
    JSON.stringify({ name: "examples", private: true, type: "module" }),
  );
  writeFileSync(
    join(root, "vitest.config.mts"),
    'import { defineConfig } from "vitest/config";\nimport { ehtrig } from "ehtrig/vitest";\nexport default defineConfig({ plugins: [ehtrig()] });\n',
  );
  // node_modules: this repository's dependencies, plus the toolkit itself as `ehtrig`
  mkdirSync(join(root, "node_modules"));
  for (const name of readdirSync(join(REPO, "node_modules")))
    if (name !== ".bin") symlinkSync(join(REPO, "node_modules", name), join(root, "node_modules", name));
  symlinkSync(REPO, join(root, "node_modules", "ehtrig"));
  spawnSync(process.execPath, [join(REPO, "scripts/package/compile-toolkit.mjs"), "--if-stale"]);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function freeId(base: string): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(join(root, "triggers", `${id}.ts`))) return id;
  }
}

/**
 * `ehtrig test` runs every example trigger's tests, several on the ES5 interpreter too: on a
 * loaded 2-core machine that takes longer than the suite's default per-test minute.
 */
const WHOLE_PROJECT_TIMEOUT_MS = 240_000;

describe("the example project as a user's project", () => {
  it("stays green when a trigger is added with ehtrig new", { timeout: WHOLE_PROJECT_TIMEOUT_MS }, () => {
    // an id the project does not have yet (a developer may have added triggers of their own)
    const id = freeId("my-alert");
    const created = ehtrig("new", id, "--event", "HTTP_RESPONSE");
    expect(created.status, created.out).toBe(0);
    const r = ehtrig("test");
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain(`${id}.test.ts`);
    expect(r.out).not.toMatch(/\bfailed\b/);
  });

  it("watch --test reruns the tests of the trigger a change rebuilt", async () => {
    const child = spawn(process.execPath, [BIN, "watch", "--test"], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1" },
    });
    let out = "";
    const seen = (re: RegExp, from: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}:\n${out}`)), 90_000);
        const check = () => {
          if (re.test(out.slice(from).replace(/\x1b\[[0-9;]*m/g, ""))) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on("data", check);
        child.stderr.on("data", check);
        check();
      });
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    try {
      await seen(/watching for changes/, 0);
      const mark = out.length;
      const id = freeId("watched");
      expect(ehtrig("new", id, "--event", "HTTP_RESPONSE").status).toBe(0);
      await seen(new RegExp(`testing ${id}[\\s\\S]*Tests\\s+1 passed[\\s\\S]*watching for changes`), mark);
      expect(out.slice(mark)).not.toMatch(/ticket-tracking\.test/);
    } finally {
      child.kill("SIGINT");
    }
  }, 120_000);
});
