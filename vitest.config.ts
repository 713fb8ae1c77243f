import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The example triggers' tests import the harness as users do (`ehtrig/testing`); inside this
    // repository that name points at the sources rather than the compiled package.
    alias: { "ehtrig/testing": fileURLToPath(new URL("./simulated-engine/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Trigger-test matchers (toHavePosted, …) and per-test reset of simulated sensor state.
    setupFiles: ["simulated-engine/vitest-setup.ts"],
    // Builds triggers/ into dist/ once, so trigger tests run the current compiled artifacts.
    globalSetup: ["test/setup/build-examples.ts"],
    // Builds spawn the native tsc and esbuild; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
