/**
 * Vitest setup file of the ehtrig preset, run in every test file: registers the trigger
 * matchers, gives every test a fresh sensor state (Session table, cache, scripted targets,
 * clock) unless the trigger was loaded with keepState, and points loadTrigger() at the test
 * build of the global setup.
 */
import { afterEach, expect, inject } from "vitest";
import { resetLoadedTriggers, useTestBuild } from "../load.ts";
import { triggerMatchers } from "../matchers.ts";
import { TEST_BUILD_KEY } from "./provided.ts";

expect.extend(triggerMatchers);
afterEach(() => resetLoadedTriggers());
useTestBuild(inject(TEST_BUILD_KEY));
