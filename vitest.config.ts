import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Trigger-test matchers (toHavePosted, …) and per-test reset of simulated sensor state.
    setupFiles: ["test/harness/vitest-setup.ts"],
    // Builds triggers/ into dist/ once, so trigger tests run the current compiled artifacts.
    globalSetup: ["test/setup/build-examples.ts"],
    // Builds spawn the native tsc and esbuild; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
