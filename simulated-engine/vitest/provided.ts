/** What the preset's global setup hands to every test file (vitest's provide/inject). */
import type { TestBuild } from "../test-build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    ehtrigTestBuild: TestBuild;
  }
}

export const TEST_BUILD_KEY = "ehtrigTestBuild";
