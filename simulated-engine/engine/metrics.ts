/**
 * The metricAdd* family shared by Network, Device and Application: each call is checked and
 * recorded in the run's `metrics`. Values must be numbers; as on the sensor, NaN values and null
 * detail keys are dropped without an error (the harness records them with dropped: true).
 */
import { typeError } from "./errors.ts";
import { describe, isObjectLike, jsonCopy } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import { EhIPAddress } from "./ipaddress.ts";

export type MetricKind = "Count" | "Dataset" | "Distinct" | "Max" | "Sampleset" | "Snap";
export const METRIC_KINDS: readonly MetricKind[] = [
  "Count",
  "Dataset",
  "Distinct",
  "Max",
  "Sampleset",
  "Snap",
];

/** metricAddCount, metricAddDetailCount, … every method name of the family. */
export const METRIC_METHODS: readonly string[] = METRIC_KINDS.flatMap((k) => [
  `metricAdd${k}`,
  `metricAddDetail${k}`,
]);

export interface MetricCall {
  /** "Network", "Device <id>" or "Application <id>". */
  owner: string;
  method: string;
  name: string;
  key?: string;
  value: number | string;
  options?: Record<string, unknown>;
  /** NaN value or null key: the sensor drops it silently. */
  dropped: boolean;
}

function keyText(env: EngineEnv, key: unknown, where: string): string | null {
  const k = env.unwrap(key);
  if (k === null) return null;
  if (typeof k === "string") return k;
  if (k instanceof EhIPAddress) return k.toString();
  throw typeError(`${where}: key must be a string or an IPAddress, got ${describe(k)}`);
}

/** Installs the twelve methods on `target`, recording calls as made by `owner()`. */
export function addMetricMethods(target: object, env: EngineEnv, owner: () => string): void {
  for (const kind of METRIC_KINDS) {
    for (const detail of [false, true]) {
      const method = `metricAdd${detail ? "Detail" : ""}${kind}`;
      const fn = (name: unknown, ...rest: unknown[]) => {
        const where = `${owner().split(" ")[0]}.${method}`;
        if (typeof name !== "string" || !name)
          throw typeError(`${where}: metric name must be a non-empty string`);
        const key = detail ? keyText(env, rest.shift(), where) : undefined;
        let value = env.unwrap(rest[0]);
        if (kind === "Distinct") {
          if (value instanceof EhIPAddress) value = value.toString();
          if (typeof value !== "number" && typeof value !== "string")
            throw typeError(`${where}: item must be a number, a string or an IPAddress`);
        } else if (typeof value !== "number") {
          throw typeError(`${where}: value must be a number, got ${describe(value)}`);
        }
        const options = rest[1];
        if (options !== undefined && !isObjectLike(options))
          throw typeError(`${where}: options must be an object`);
        if (kind === "Distinct" && rest.length > 1) throw typeError(`${where}: takes no options`);
        const call: MetricCall = {
          owner: owner(),
          method,
          name,
          value: value as number | string,
          dropped: (typeof value === "number" && Number.isNaN(value)) || key === null,
        };
        if (key !== undefined && key !== null) call.key = key;
        if (options !== undefined) call.options = jsonCopy(options, `${where} options`);
        env.current.run.metrics.push(call);
      };
      Object.defineProperty(target, method, { enumerable: true, value: fn });
    }
  }
}
