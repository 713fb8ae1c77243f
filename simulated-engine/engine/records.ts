/**
 * What one trigger run leaves behind, as plain data: the shape tests assert on.
 */
import type { TargetType } from "../../build/project/config.ts";
import type { MetricCall } from "./metrics.ts";

export interface OdsCall {
  target: string;
  kind: TargetType;
  /** HTTP verb, `send` (Kafka, Raw), the Syslog severity, or the MongoDB operation. */
  method: string;
  /** The value the call returned to the trigger: false when the target refused it. */
  accepted: boolean;
  path?: string;
  headers?: Record<string, string>;
  /** The payload as text (a Buffer payload is decoded as UTF-8). */
  payload?: string;
  /** The payload parsed as JSON, when it is JSON. */
  json?: unknown;
  enableResponseEvent?: boolean;
  context?: unknown;
  /** Kafka */
  topic?: string;
  messages?: Array<string | number>;
  partition?: number;
  /** MongoDB */
  collection?: string;
  document?: unknown;
  query?: unknown;
  update?: unknown;
  options?: unknown;
  /** Syslog and Raw: the message as sent (Syslog cuts it to the target's size). */
  message?: string;
  truncated?: boolean;
}

export interface LogLine {
  level: "log" | "debug";
  message: string;
  /** The message was longer than 2048 bytes and was cut. */
  truncated: boolean;
  /** The same message was shown less than 30 s (packet time) ago, so the sensor hides it. */
  suppressed: boolean;
}

export interface CommittedDetection {
  /** The type as the trigger passed it. */
  type: string;
  /** The type the detection gets: custom.<type>. */
  detectionType: string;
  options: Record<string, unknown>;
  /** Over the 250-a-day limit: the sensor drops it. */
  dropped: boolean;
}

export interface CommittedRecord {
  id: string;
  record: Record<string, unknown>;
}

export interface RunRecord {
  ods: OdsCall[];
  logs: LogLine[];
  detections: CommittedDetection[];
  records: CommittedRecord[];
  /** metricAdd* calls on Network, Device and Application objects, and Application commits. */
  metrics: MetricCall[];
}

export function emptyRecord(): RunRecord {
  return { ods: [], logs: [], detections: [], records: [], metrics: [] };
}
