/**
 * The docs cannot drift from what works: every fenced block of the sampled documents shows a
 * file (`<!-- sample: PATH -->`) or is plain text, each block equals its file, and each file is
 * run: test files by this suite, the others by the test named for them here.
 */
import { cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject, loadProject } from "../../build/index.ts";
import { blocks, SAMPLED_DOCS, withSamples } from "../../scripts/gen/doc-samples.ts";
import { REPO, tempProject } from "../support/project.ts";

/** Samples that are not test files, and the file that runs each (it must name the sample). */
const RUN_BY: Record<string, string> = {
  "docs/samples/own-repository.sh": "test/package/install-commonjs.test.ts",
  "examples/ci/github-actions.yml": "test/package/install-esm.test.ts",
  "docs/samples/repo-setup.sh": ".ci/run",
  "docs/samples/readme-trigger.ts": "test/docs/samples.test.ts",
  "docs/samples/ci/ehtrig.config.json": "test/docs/samples.test.ts",
  "docs/samples/language-level/ehtrig.config.json": "test/docs/samples.test.ts",
  "docs/samples/types/flow-store.ts": "test/docs/samples.test.ts",
  "docs/samples/rest/ehtrig.config.json": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/assignments.config.json": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/groups.config.json": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/tickets-sync.sh": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/tickets-settings.sh": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/deploy.sh": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/fleet.sh": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/pull.sh": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/sim.sh": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/sim-targets.json": "test/sim/sim-cli-loop.test.ts",
  "docs/samples/rest/sim-loop.sh": "test/sim/sim-cli-loop.test.ts",
  "docs/samples/rest/bundle.json": "test/docs/rest-samples.test.ts",
  "docs/samples/rest/imported-trigger.txt": "test/docs/rest-samples.test.ts",
  "docs/samples/demo/run-demo.sh": "test/demo/demo.test.ts",
  "docs/samples/demo/servers.sh": "test/demo/by-hand.test.ts",
  "docs/samples/demo/by-hand.sh": "test/demo/by-hand.test.ts",
};

const all = SAMPLED_DOCS.flatMap((doc) => blocks(doc, readFileSync(join(REPO, doc), "utf8")));

describe("code samples in the docs", () => {
  it.each(SAMPLED_DOCS)("%s shows its sample files as they are (regenerate: npm run docs:gen)", (doc) => {
    const text = readFileSync(join(REPO, doc), "utf8");
    expect(withSamples(REPO, text)).toBe(text);
  });

  it("every block is a sample file or plain text", () => {
    const loose = all.filter((b) => !b.sample && b.info !== "text").map((b) => `${b.doc}:${b.line}`);
    expect(loose).toEqual([]);
    expect(all.filter((b) => b.sample).length).toBeGreaterThan(8);
  });

  it("every sample file is run by a test", () => {
    for (const b of all.filter((x) => x.sample)) {
      const sample = b.sample!;
      expect(existsSync(join(REPO, sample)), sample).toBe(true);
      if (/^docs\/samples\/.*\.test\.ts$/.test(sample)) continue; // vitest.config.ts includes them
      const runner = RUN_BY[sample];
      expect(runner, `${sample} has no test that runs it`).toBeDefined();
      expect(readFileSync(join(REPO, runner!), "utf8")).toContain(sample);
    }
  });

  it("docs/samples/readme-trigger.ts builds with the example project's helpers", async () => {
    const p = tempProject({
      "triggers/readme-trigger.ts": readFileSync(join(REPO, "docs/samples/readme-trigger.ts"), "utf8"),
    });
    cpSync(join(REPO, "triggers", "lib"), join(p.root, "triggers", "lib"), { recursive: true });
    const result = await buildProject(p.project, { write: false });
    expect(result.diagnostics).toEqual([]);
    expect(result.triggers.map((t) => t.metadata.name)).toEqual([
      "Ticket tracking: open Jira issues for detections",
    ]);
  });

  it("docs/samples/ci/ehtrig.config.json is a valid project config", () => {
    const p = tempProject({});
    cpSync(join(REPO, "docs/samples/ci/ehtrig.config.json"), join(p.root, "ehtrig.config.json"));
    expect(loadProject(p.root).config.appliances).toHaveProperty("production");
  });

  it("docs/samples/language-level/ehtrig.config.json sets the level it describes", () => {
    const p = tempProject({});
    cpSync(join(REPO, "docs/samples/language-level/ehtrig.config.json"), join(p.root, "ehtrig.config.json"));
    const level = loadProject(p.root).level;
    expect(level.allowed.has("Array#find")).toBe(true);
    expect(level.allowed.has("Object.assign")).toBe(true);
    expect(level.allowed.has("Map")).toBe(false);
  });

  it("docs/samples/types/flow-store.ts type-checks and builds in an HTTP trigger", async () => {
    const sample = readFileSync(join(REPO, "docs/samples/types/flow-store.ts"), "utf8");
    const p = tempProject({
      "triggers/flow-store.ts": `${sample}export const trigger = { name: "t", events: ["HTTP_REQUEST", "HTTP_RESPONSE"] } satisfies TriggerConfig;\ndebug(String(ms));\n`,
    });
    const result = await buildProject(p.project, { write: false });
    expect(result.diagnostics).toEqual([]);
  });
});
