/**
 * Vitest setup for trigger tests (listed in vitest.config.ts `setupFiles`): registers the
 * trigger matchers and gives every test a fresh sensor state (Session table, cache, scripted
 * targets, clock) unless the trigger was loaded with keepState.
 */
import { afterEach, expect } from "vitest";
import { resetLoadedTriggers } from "./load.ts";
import { triggerMatchers } from "./matchers.ts";

expect.extend(triggerMatchers);
afterEach(() => resetLoadedTriggers());
