import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// This repository's suite: the toolkit's own tests, and the example project's trigger tests
// (test/triggers/), which run as in any ehtrig project: built first, with the preset's setup.
export default defineConfig({
  resolve: {
    // The example triggers' tests import the harness as users do (`ehtrig/testing`); inside this
    // repository that name points at the sources rather than the compiled package.
    alias: { "ehtrig/testing": fileURLToPath(new URL("./simulated-engine/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts", "docs/samples/**/*.test.ts"],
    // Trigger-test matchers (toHavePosted, …), per-test reset of the simulated sensor, and
    // loadTrigger() pointed at the test build.
    setupFiles: ["simulated-engine/vitest/setup.ts"],
    // Compiles the toolkit into lib/ if its sources changed, then builds triggers/ (a trigger
    // that does not build fails only its own tests).
    globalSetup: ["test/setup/compile-toolkit.ts", "simulated-engine/vitest/build-triggers.ts"],
    // Builds spawn the native tsc and esbuild; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
