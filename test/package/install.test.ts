/**
 * The whole path a new user takes, on the real package: `npm pack` this repository, install the
 * tarball into a fresh repository (CommonJS and ESM), `ehtrig init`, `ehtrig new`, build, and
 * `npm test` (which runs `ehtrig test`). Dependencies come from npm's cache (`--offline`), which
 * this repository's own install has filled.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../support/project.ts";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const EDITOR_TSC = join(REPO, "test", "editor-typescript", "node_modules", "typescript", "bin", "tsc");
const STEP_TIMEOUT_MS = 180_000;

let work: string;
let tarball: string;

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  // Keep the outer vitest's variables out of the user's test run.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "NODE_OPTIONS"),
  );
  return spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...env, CI: "true", NO_COLOR: "1" } });
}

/** What a command printed, colours removed. */
function output(r: SpawnSyncReturns<string>): string {
  return `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "ehtrig-package-"));
  const name = execFileSync(NPM, ["pack", "--silent", "--pack-destination", work], {
    cwd: REPO,
    encoding: "utf8",
  }).trim();
  tarball = join(work, name.split("\n").pop()!);
}, STEP_TIMEOUT_MS);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each([
  ["CommonJS", { type: "commonjs", scripts: { test: 'echo "Error: no test specified" && exit 1' } }],
  ["ESM", { type: "module" }],
])("a fresh %s repository", (kind, fields) => {
  let repo: string;
  const ehtrig = (...args: string[]) => run(join(repo, "node_modules", ".bin", "ehtrig"), args, repo);

  beforeAll(() => {
    repo = join(work, kind);
    execFileSync("mkdir", [repo]);
    writeFileSync(
      join(repo, "package.json"),
      JSON.stringify(
        { name: `user-${kind.toLowerCase()}`, version: "1.0.0", private: true, ...fields },
        null,
        2,
      ),
    );
  });

  it("follows the README's own-repository commands (docs/samples/own-repository.sh), each green", () => {
    const lines = readFileSync(join(REPO, "docs/samples/own-repository.sh"), "utf8")
      .split("\n")
      .map((l) => l.replace(/#.*$/, "").trim())
      .filter(Boolean);
    expect(lines[0]).toBe("npm install --save-dev ehtrig vitest");
    // The package is not on the registry here: install the packed tarball, from npm's cache.
    lines[0] = `npm install --offline --no-audit --no-fund --save-dev ${tarball} vitest`;
    let last: SpawnSyncReturns<string> | undefined;
    for (const line of lines) {
      last = run("bash", ["-c", line], repo);
      expect(last.status, `${line}\n${output(last)}`).toBe(0);
    }
    expect(output(last!)).toMatch(/Tests\s+2 passed/);
    const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
    expect(pkg.scripts).toMatchObject({ build: "ehtrig build", test: "ehtrig test" });
  });

  it("the CLI starts from the installed package, and a second init changes nothing", () => {
    const version = ehtrig("--version");
    expect(version.status, output(version)).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version);
    const before = snapshot(repo);
    const again = ehtrig("init");
    expect(again.status, output(again)).toBe(0);
    expect(again.stdout).not.toMatch(/^(created|updated) /m);
    expect(snapshot(repo)).toEqual(before);
  });

  it("runs the build job of examples/ci/github-actions.yml", () => {
    const workflow = readFileSync(join(REPO, "examples/ci/github-actions.yml"), "utf8");
    const build = workflow.slice(workflow.indexOf("  build:"), workflow.indexOf("  deploy:"));
    const steps = [...build.matchAll(/- run: (npx ehtrig .*)$/gm)].map((m) =>
      m[1]!.replace(/\$\{\{[^}]*\}\}/g, "ci-value"),
    );
    expect(steps.map((s) => s.split(" ")[2])).toEqual(["check", "test", "build", "bundle"]);
    for (const step of steps) {
      const r = run("bash", ["-c", step], repo);
      expect(r.status, `${step}\n${output(r)}`).toBe(0);
    }
    for (const f of ["manifest.json", "bundle.json", "new-detections.js.map", "http-alert.js.map"])
      expect(existsSync(join(repo, "dist", f)), f).toBe(true);
    // trigger code is an ES module whatever the repository's package.json says
    for (const id of ["new-detections", "http-alert"])
      expect(readFileSync(join(repo, "dist", `${id}.js`), "utf8")).not.toMatch(/__commonJS|require_/);
  });

  it("type-checks the same under the editor's TypeScript 5 as under the build's TypeScript 7", () => {
    const editor = run(process.execPath, [EDITOR_TSC, "-p", "tsconfig.json"], repo);
    expect(output(editor).trim()).toBe("");
    expect(editor.status).toBe(0);
  });

  it("a broken trigger fails only its own tests; `ehtrig test NAME` runs one trigger's tests", () => {
    expect(ehtrig("new", "broken", "--event", "DETECTION_UPDATE").status).toBe(0);
    writeFileSync(
      join(repo, "triggers", "broken.ts"),
      readFileSync(join(repo, "triggers", "broken.ts"), "utf8") + "const n: number = Detection.title;\n",
    );
    const all = run(NPM, ["test"], repo);
    expect(all.status).toBe(1);
    expect(output(all)).toMatch(/EH909/);
    expect(output(all)).toMatch(/Tests\s+1 failed \| 2 passed/);
    const one = ehtrig("test", "http-alert");
    expect(one.status, output(one)).toBe(0);
    expect(output(one)).toMatch(/Tests\s+1 passed/);
  });
});

/** Every file under root (but node_modules and build output) with its content. */
function snapshot(root: string): Record<string, string> {
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
