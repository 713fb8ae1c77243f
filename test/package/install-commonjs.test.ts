/**
 * The README's own-repository commands (docs/samples/own-repository.sh), word for word, in a
 * fresh CommonJS repository (npm's default package type) with the packed toolkit.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../support/project.ts";
import {
  EDITOR_TSC,
  installLine,
  output,
  snapshot,
  STEP_TIMEOUT_MS,
  userRepo,
  type UserRepo,
} from "./user-repo.ts";

let repo: UserRepo;
beforeAll(() => {
  repo = userRepo("user-commonjs", {
    type: "commonjs",
    scripts: { test: 'echo "Error: no test specified" && exit 1' },
  });
}, STEP_TIMEOUT_MS);
afterAll(() => repo.remove());

describe("a fresh CommonJS repository", () => {
  it("follows docs/samples/own-repository.sh, every command green", () => {
    const lines = readFileSync(join(REPO, "docs/samples/own-repository.sh"), "utf8")
      .split("\n")
      .map((l) => l.replace(/#.*$/, "").trim())
      .filter(Boolean);
    lines[0] = installLine(lines[0]!, repo.tarball);
    let last = repo.sh("true");
    for (const line of lines) {
      last = repo.sh(line);
      expect(last.status, `${line}\n${output(last)}`).toBe(0);
    }
    expect(output(last)).toMatch(/Tests\s+2 passed/);
    const pkg = JSON.parse(readFileSync(join(repo.root, "package.json"), "utf8"));
    expect(pkg.scripts).toEqual({ test: "ehtrig test", build: "ehtrig build" });
    // trigger code is an ES module whatever the repository's package type
    expect(readFileSync(join(repo.root, "dist", "new-detections.js"), "utf8")).not.toMatch(
      /__commonJS|require_/,
    );
  });

  it("starts from the installed package, and a second init changes nothing", () => {
    const version = repo.ehtrig("--version");
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version);
    const before = snapshot(repo.root);
    const again = repo.ehtrig("init");
    expect(again.status, output(again)).toBe(0);
    expect(again.stdout).not.toMatch(/^(created|updated) /m);
    expect(snapshot(repo.root)).toEqual(before);
  });

  it("type-checks under the editor's TypeScript 5 as under the build's TypeScript 7", () => {
    const editor = repo.sh(`node ${EDITOR_TSC} -p tsconfig.json`);
    expect(output(editor).trim()).toBe("");
    expect(editor.status).toBe(0);
  });
});
