/**
 * Runs a project's trigger tests with vitest and the ehtrig preset: the preset's global setup
 * builds the triggers first (a trigger that does not build fails only its own tests). The
 * project's own vitest config is used when it has one; the preset is added either way (it
 * skips itself when the config already has it).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import type { Project } from "../../build/project/config.ts";
import { ehtrig, VITEST_CONFIG_NAMES } from "../../simulated-engine/vitest/plugin.ts";

export interface TestRunResult {
  ok: boolean;
  failed: number;
  passed: number;
}

export async function runTriggerTests(project: Project, files: readonly string[]): Promise<TestRunResult> {
  let vitestNode: typeof import("vitest/node");
  try {
    vitestNode = await import("vitest/node");
  } catch (err) {
    throw new EhtrigError(
      [
        diagnostic("EH621", `cannot load vitest: ${(err as Error).message}`, {
          hint: "Install it next to ehtrig: npm install --save-dev vitest",
        }),
      ],
      2,
    );
  }
  const config = VITEST_CONFIG_NAMES.map((n) => join(project.root, n)).find((p) => existsSync(p));
  const vitest = await vitestNode.startVitest(
    "test",
    [...files],
    { root: project.root, run: true, watch: false, config: config ?? false },
    { plugins: [ehtrig()] },
  );
  try {
    const modules = vitest.state.getTestModules();
    const tests = modules.flatMap((m) => [...m.children.allTests()]);
    const failed = tests.filter((t) => t.result().state === "failed").length;
    const passed = tests.filter((t) => t.result().state === "passed").length;
    // A file can fail without a failing test (an error while loading it).
    const broken = modules.filter((m) => m.state() === "failed").length;
    const errors = vitest.state.getUnhandledErrors().length;
    return { ok: modules.length > 0 && failed === 0 && broken === 0 && errors === 0, failed, passed };
  } finally {
    await vitest.close();
  }
}
