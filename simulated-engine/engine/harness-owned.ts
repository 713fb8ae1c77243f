/**
 * What the harness owns rather than the test's fixtures: the event objects it builds from other
 * inputs, and the store members. The loader, the event objects and the fixture-type generator
 * share these (the generator must not depend on its own output, so they live apart).
 */
/** Event objects the harness builds from their own inputs (detection, response, …), not from fields. */
export const HARNESS_BUILT_CLASSES: ReadonlySet<string> = new Set([
  "Detection",
  "ExternalData",
  "Remote",
  "Session",
]);

/** The members that are stores: the harness owns them, tests never give them. */
export const STORE_MEMBERS: ReadonlySet<string> = new Set(["Flow.store", "MetricCycle.store"]);
