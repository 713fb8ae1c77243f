/**
 * The ehtrig trigger test harness: load a compiled trigger, fire events at it on a simulated
 * sensor, assert on what it did. See docs/testing.md.
 */
export {
  loadTrigger,
  loadScript,
  resetLoadedTriggers,
  LoadedTrigger,
  DEFAULT_TIME_LIMIT_MS,
  useTestBuild,
  builtTriggers,
} from "./load.ts";
export type { ManifestEntry as BuiltTriggerInfo } from "../build/manifest.ts";
export type { EventName } from "../build/engine/events.ts";
export { buildForTests, TEST_OUT_DIR } from "./test-build.ts";
export type { TestBuild, TestBuildOptions } from "./test-build.ts";
export type { LoadOptions, ScriptDefinition } from "./load.ts";
export type { EventInput, FireInput, FixtureClassesOf } from "./fixtures/inputs.ts";
export type * from "./fixtures/class-fields.ts";
export type * from "./fixtures/shapes.ts";
export { logLines, describeRun } from "./run.ts";
export type { TriggerRun, TriggerError } from "./run.ts";
export { Sensor } from "./engine/sensor.ts";
export type { OdsCall, LogLine, CommittedDetection, CommittedRecord } from "./engine/records.ts";
export type { Detection } from "./engine/detection.ts";
export { detectionProblems, assertDetection, DETECTION_SCHEMA } from "./engine/detection.ts";
export { RESTRICTED_HTTP_HEADERS, HTTP_REQUEST_METHODS } from "../build/engine/remote-http.ts";
export { LOG_MESSAGE_MAX_BYTES } from "./engine/log.ts";
export { DETECTION_TYPE_PATTERN, RISK_SCORE_RANGE, IDENTITY_TTLS } from "./engine/commit.ts";
export * from "./fixtures/index.ts";
export type { DatasetValue, SamplesetValue, TopnsetValue } from "./engine/datastore.ts";
export { compareEngines } from "./compare.ts";
export type { EngineComparison, EventStep } from "./compare.ts";
export { triggerMatchers } from "./matchers.ts";
export type { MetricCall } from "./engine/metrics.ts";
export type { ResponseSpec, TargetScript } from "./engine/targets.ts";
