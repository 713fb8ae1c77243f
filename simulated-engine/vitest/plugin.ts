/**
 * The ehtrig preset for vitest, as a plugin:
 *
 *   import { defineConfig } from "vitest/config";
 *   import { ehtrig } from "ehtrig/vitest";
 *   export default defineConfig({ plugins: [ehtrig()] });
 *
 * It builds the project's triggers before the tests (a broken trigger fails only its own tests),
 * registers the trigger matchers, resets the simulated sensor after each test, and runs the
 * trigger tests (test/triggers/**\/*.test.ts unless `include` says otherwise).
 */
import type { Plugin } from "vitest/config";
import { toolkitFile } from "../../build/toolkit-files.ts";

export interface EhtrigVitestOptions {
  /** Test files (globs relative to the project root). Default: test/triggers/**\/*.test.ts. */
  include?: string[];
}

/** Where a project's trigger tests live: one test/triggers/<id>.test.ts per trigger. */
export const TRIGGER_TESTS_DIR = "test/triggers";
export const DEFAULT_TEST_INCLUDE = [`${TRIGGER_TESTS_DIR}/**/*.test.ts`];
/** The vitest config files a project may have, in the order vitest looks for them. */
export const VITEST_CONFIG_NAMES = [
  "vitest.config.mts",
  "vitest.config.ts",
  "vitest.config.mjs",
  "vitest.config.js",
];

/** The preset's own files, in the sources (this repository) or compiled (the package). */
function presetFile(name: string): string {
  return toolkitFile(`simulated-engine/vitest/${name}.ts`, `vitest/${name}.js`);
}

export function ehtrig(options: EhtrigVitestOptions = {}): Plugin {
  const setup = presetFile("setup");
  return {
    name: "ehtrig",
    // Added twice (a project's config has it and `ehtrig test` adds it too): the second one
    // sees the first one's setup file and stays out, so the triggers are built once.
    config: (config) =>
      config.test?.setupFiles?.includes(setup)
        ? {}
        : {
            test: {
              include: options.include ?? DEFAULT_TEST_INCLUDE,
              setupFiles: [setup],
              globalSetup: [presetFile("build-triggers")],
              // A first build type-checks and compiles every trigger, and runs on the second ES5
              // engine take milliseconds per event: give both room on small CI machines.
              hookTimeout: 120_000,
              testTimeout: 30_000,
            },
          },
  };
}

export default ehtrig;
