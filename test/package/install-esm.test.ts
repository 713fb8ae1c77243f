/**
 * A fresh ESM repository with the packed toolkit: the build job of examples/ci/github-actions.yml
 * as CI runs it, and a broken trigger that fails only its own tests.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../support/project.ts";
import { EDITOR_TSC, installLine, output, STEP_TIMEOUT_MS, userRepo, type UserRepo } from "./user-repo.ts";

let repo: UserRepo;
beforeAll(() => {
  repo = userRepo("user-esm", { type: "module" });
  for (const line of [
    installLine("npm install --save-dev ehtrig vitest", repo.tarball),
    "npx ehtrig init",
    "npx ehtrig new http-alert --event HTTP_RESPONSE",
  ]) {
    const r = repo.sh(line);
    if (r.status !== 0) throw new Error(`${line}\n${output(r)}`);
  }
}, STEP_TIMEOUT_MS);
afterAll(() => repo.remove());

describe("a fresh ESM repository", () => {
  it("runs the build job of examples/ci/github-actions.yml", () => {
    const workflow = readFileSync(join(REPO, "examples/ci/github-actions.yml"), "utf8");
    const build = workflow.slice(workflow.indexOf("  build:"), workflow.indexOf("  deploy:"));
    const steps = [...build.matchAll(/- run: (npx ehtrig .*)$/gm)].map((m) =>
      m[1]!.replace(/\$\{\{[^}]*\}\}/g, "ci-value"),
    );
    expect(steps.map((s) => s.split(" ")[2])).toEqual(["check", "test", "build", "bundle"]);
    for (const step of steps) {
      const r = repo.sh(step);
      expect(r.status, `${step}\n${output(r)}`).toBe(0);
    }
    for (const f of ["manifest.json", "bundle.json", "new-detections.js.map", "http-alert.js.map"])
      expect(existsSync(join(repo.root, "dist", f)), f).toBe(true);
    for (const id of ["new-detections", "http-alert"])
      expect(readFileSync(join(repo.root, "dist", `${id}.js`), "utf8")).not.toMatch(/__commonJS|require_/);
  });

  it("type-checks under the editor's TypeScript 5 as under the build's TypeScript 7", () => {
    const editor = repo.sh(`node ${EDITOR_TSC} -p tsconfig.json`);
    expect(output(editor).trim()).toBe("");
    expect(editor.status).toBe(0);
  });

  it("a broken trigger fails only its own tests; `ehtrig test NAME` runs one trigger's tests", () => {
    expect(repo.ehtrig("new", "broken", "--event", "DETECTION_UPDATE").status).toBe(0);
    const file = join(repo.root, "triggers", "broken.ts");
    writeFileSync(file, readFileSync(file, "utf8") + "const n: number = Detection.title;\n");
    const all = repo.sh("npm test");
    expect(all.status).toBe(1);
    expect(output(all)).toMatch(/EH909/);
    expect(output(all)).toMatch(/Tests\s+1 failed \| 2 passed/);
    const one = repo.ehtrig("test", "http-alert");
    expect(one.status, output(one)).toBe(0);
    expect(output(one)).toMatch(/Tests\s+1 passed/);
  });
});
