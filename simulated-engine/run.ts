/**
 * The result of one fire: plain data a test asserts on. `respond` (not enumerable, so it stays
 * out of equality checks) delivers an answer to the run's HTTP request as a REMOTE_RESPONSE.
 */
import type { Location } from "../build/diagnostics.ts";
import type { EngineKind } from "./runtime/runtime.ts";
import type { MetricCall } from "./engine/metrics.ts";
import type { CommittedDetection, CommittedRecord, LogLine, OdsCall } from "./engine/records.ts";
import type { ResponseSpec } from "./engine/targets.ts";

export interface TriggerError {
  name: string;
  message: string;
  /** The run hit its time limit. */
  timedOut: boolean;
  /** Where it was thrown, in the TypeScript source (through the source map). */
  location: Location | null;
  /** Where it was thrown in the compiled script (1-based line and column). */
  scriptLocation: { line: number; column: number } | null;
  stack?: string;
}

export interface TriggerRun {
  trigger: string;
  event: string;
  engine: EngineKind;
  /** Packet time of the event. */
  timestamp: number;
  ods: OdsCall[];
  logs: LogLine[];
  detections: CommittedDetection[];
  records: CommittedRecord[];
  metrics: MetricCall[];
  error: TriggerError | null;
  /** Answers this run's last HTTP request that enabled response events; returns the REMOTE_RESPONSE run. */
  respond(response?: ResponseSpec): TriggerRun;
}

/** The visible debug-log lines of a run (suppressed repeats left out). */
export function logLines(run: Pick<TriggerRun, "logs">): string[] {
  return run.logs.filter((l) => !l.suppressed).map((l) => l.message);
}

/** A readable dump of a run for failure messages: error, log lines and ODS calls. */
export function describeRun(run: TriggerRun): string {
  const out = [`${run.trigger} on ${run.event} (${run.engine})`];
  if (run.error) {
    const where = run.error.location
      ? ` at ${run.error.location.file}:${run.error.location.line}:${run.error.location.column}`
      : "";
    out.push(`  threw ${run.error.name}: ${run.error.message}${where}`);
  }
  out.push(run.logs.length ? "  log:" : "  log: (empty)");
  for (const l of run.logs)
    out.push(`    [${l.level}] ${l.message}${l.suppressed ? " (suppressed repeat)" : ""}`);
  out.push(run.ods.length ? "  ODS calls:" : "  ODS calls: (none)");
  for (const c of run.ods) {
    const what =
      c.kind === "http" ? `${c.method} ${c.path}` : c.kind === "kafka" ? `send ${c.topic}` : c.method;
    const body =
      c.payload ??
      c.message ??
      (c.messages ? JSON.stringify(c.messages) : c.document ? JSON.stringify(c.document) : "");
    out.push(
      `    ${c.target} (${c.kind}) ${what}${c.accepted ? "" : " [refused]"}${body ? ` ${clip(body)}` : ""}`,
    );
  }
  if (run.detections.length)
    out.push(`  detections: ${run.detections.map((d) => d.detectionType).join(", ")}`);
  if (run.records.length) out.push(`  records: ${run.records.map((r) => r.id).join(", ")}`);
  for (const m of run.metrics)
    out.push(
      `  metric: ${m.owner} ${m.method}(${[m.name, m.key, m.value].filter((x) => x !== undefined).join(", ")})`,
    );
  return out.join("\n");
}

function clip(s: string): string {
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
