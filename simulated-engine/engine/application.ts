/** `Application("id")`: custom applications, their commits and metrics, recorded in the run. */
import { typeError } from "./errors.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { addMetricMethods } from "./metrics.ts";

export class EhApplication {
  readonly id: string;
  readonly #env: EngineEnv;
  constructor(env: EngineEnv, id: string) {
    this.#env = env;
    this.id = id;
    addMetricMethods(this, env, () => `Application ${id}`);
  }
  /** Commits the event's built-in metrics to the application: recorded as a metric call. */
  commit(id?: unknown): void {
    if (id !== undefined && typeof id !== "string")
      throw typeError("Application.commit: id must be a string");
    this.#env.current.run.metrics.push({
      owner: `Application ${this.id}`,
      method: "commit",
      name: "",
      value: 0,
      dropped: false,
    });
  }
  toString(): string {
    return `[object Application ${this.id}]`;
  }
}

export function createApplicationGlobal(env: EngineEnv): (id: unknown) => EhApplication {
  return (id) => {
    if (typeof id !== "string" || !id) throw typeError("Application: id must be a non-empty string");
    return new EhApplication(env, id);
  };
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Application",
    status: "recorded",
    differences: ["commit() is recorded on any event; the sensor allows it only on some protocol events."],
  },
];
