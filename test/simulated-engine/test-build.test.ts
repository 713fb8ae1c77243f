/**
 * The test build: every trigger that passes is written (to its own folder, never dist/), the
 * others are reported, and loading one of those throws its problems instead of a stale script.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildProject } from "../../build/index.ts";
import {
  buildForTests,
  detection,
  loadTrigger,
  TEST_OUT_DIR,
  useTestBuild,
} from "../../simulated-engine/index.ts";
import { tempProject, triggerSource } from "../support/project.ts";

afterEach(() => useTestBuild(undefined));

describe("buildForTests", () => {
  it("writes the triggers that build, and a failed one throws EH909 with its own problems", async () => {
    const p = tempProject({
      "triggers/good.ts": triggerSource("Good", ["DETECTION_UPDATE"], 'log("good " + Detection.id);'),
      "triggers/broken.ts": triggerSource(
        "Broken",
        ["DETECTION_UPDATE"],
        "const n: number = Detection.title;",
      ),
    });
    // a stale script of the broken trigger from an earlier build must not be loaded
    p.write("triggers/broken.ts", triggerSource("Broken", ["DETECTION_UPDATE"], 'debug("old");'));
    const printed: string[] = [];
    expect((await buildForTests(p.root, { print: (t) => printed.push(t) })).failed).toEqual({});
    p.write(
      "triggers/broken.ts",
      triggerSource("Broken", ["DETECTION_UPDATE"], "const n: number = Detection.title;"),
    );

    const build = await buildForTests(p.root, { print: (t) => printed.push(t) });
    expect(Object.keys(build.failed)).toEqual(["broken"]);
    expect(build.failed.broken!.problems).toMatch(/triggers\/broken\.ts:2:\d+ error EH300/);
    expect(build.outDir).toBe(join(p.root, TEST_OUT_DIR));
    expect(readdirSync(build.outDir).sort()).toEqual(["good.js", "good.js.map", "manifest.json"]);
    expect(existsSync(join(p.root, "dist"))).toBe(false);
    expect(printed.join("\n")).toMatch(/1 trigger\(s\) did not build/);

    useTestBuild(build);
    const run = loadTrigger("good", { root: p.root }).fire("DETECTION_UPDATE", { detection: detection() });
    expect(run.logs.map((l) => l.message)).toEqual([expect.stringMatching(/^good \d+$/)]);
    expect(() => loadTrigger("broken", { root: p.root })).toThrow(/EH909[\s\S]*EH300/);
    expect(() => loadTrigger("Broken", { root: p.root })).toThrow(/EH909/);
  });

  it("maps stack traces of the test build back to the TypeScript lines", async () => {
    const p = tempProject({
      "triggers/thrower.ts": triggerSource("Thrower", ["DETECTION_UPDATE"], 'throw new Error("boom");'),
    });
    useTestBuild(await buildForTests(p.root, { print: () => {} }));
    const run = loadTrigger("thrower", { root: p.root }).fire("DETECTION_UPDATE", { detection: detection() });
    expect(run.error).toMatchObject({ message: "boom", location: { file: "triggers/thrower.ts", line: 2 } });
  });

  it("a normal build still writes nothing when one trigger fails", async () => {
    const p = tempProject({
      "triggers/good.ts": triggerSource("Good", ["DETECTION_UPDATE"], 'debug("good");'),
      "triggers/broken.ts": triggerSource(
        "Broken",
        ["DETECTION_UPDATE"],
        "const n: number = Detection.title;",
      ),
    });
    const result = await buildProject(p.project);
    expect(result.ok).toBe(false);
    expect(result.failed).toEqual(["broken"]);
    expect(existsSync(join(p.root, "dist"))).toBe(false);
  });
});
