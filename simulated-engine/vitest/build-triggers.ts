/**
 * Vitest global setup of the ehtrig preset: builds the project's triggers once before any test
 * file runs (so tests load scripts compiled from the current sources) and hands the result to
 * the test files.
 */
import type { TestProject } from "vitest/node";
import { buildForTests } from "../test-build.ts";
import { TEST_BUILD_KEY } from "./provided.ts";

export default async function setup(project: TestProject): Promise<void> {
  project.provide(TEST_BUILD_KEY, await buildForTests(project.config.root, { color: process.stderr.isTTY }));
}
