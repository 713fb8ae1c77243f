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
import { fileURLToPath } from "node:url";
import type { Plugin } from "vitest/config";

export interface EhtrigVitestOptions {
  /** Test files (globs relative to the project root). Default: test/triggers/**\/*.test.ts. */
  include?: string[];
}

export const DEFAULT_TEST_INCLUDE = ["test/triggers/**/*.test.ts"];

/** This file's extension: .ts when running from the repository's sources, .js in the package. */
const EXT = import.meta.url.slice(import.meta.url.lastIndexOf("."));

function sibling(name: string): string {
  return fileURLToPath(new URL(`./${name}${EXT}`, import.meta.url));
}

export function ehtrig(options: EhtrigVitestOptions = {}): Plugin {
  return {
    name: "ehtrig",
    config: () => ({
      test: {
        include: options.include ?? DEFAULT_TEST_INCLUDE,
        setupFiles: [sibling("setup")],
        globalSetup: [sibling("build-triggers")],
        // A first build type-checks and compiles every trigger; give it room on small machines.
        hookTimeout: 120_000,
      },
    }),
  };
}

export default ehtrig;
