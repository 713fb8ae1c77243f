/** Remote.Raw (extrahop-api.md §3.6): send(data) over TCP or UDP. */
import { typeError } from "./errors.ts";
import { describe } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { targetFactory } from "./remote-http.ts";

export class RawTarget {
  readonly #env: EngineEnv;
  readonly #name: string;
  constructor(env: EngineEnv, name: string) {
    this.#env = env;
    this.#name = name;
  }
  send(data: unknown): void {
    const env = this.#env;
    env.sensor.targets.check("Remote.Raw", "raw", this.#name);
    if (typeof data !== "string")
      throw typeError(`Remote.Raw("${this.#name}").send: data must be a string, got ${describe(data)}`);
    const accepted = env.sensor.targets.script(this.#name).takeAcceptance();
    env.current.run.ods.push({ target: this.#name, kind: "raw", method: "send", accepted, message: data });
  }
}

export function createRaw(env: EngineEnv) {
  return targetFactory((name) => new RawTarget(env, name), ["send"], "Remote.Raw");
}

export const FIDELITY: FidelityEntry[] = [
  { name: "Remote.Raw", status: "recorded", differences: ["Gzip compression of the target is not applied."] },
];
