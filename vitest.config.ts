import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Trigger-test matchers (toHavePosted, …) and per-test reset of simulated sensor state.
    setupFiles: ["test/harness/vitest-setup.ts"],
    // Builds spawn the native tsc and esbuild; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
