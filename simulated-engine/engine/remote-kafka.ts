/** Remote.Kafka (extrahop-api.md §3.3): send(topic, ...messages) or send({topic, messages, partition}). */
import { typeError } from "./errors.ts";
import { describe, isObjectLike } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { targetFactory } from "./remote-http.ts";

/** 1–249 characters of [A-Za-z0-9._-], and not "." or "..". */
export const KAFKA_TOPIC_PATTERN = /^[A-Za-z0-9._-]{1,249}$/;

export function checkTopic(topic: unknown, where: string): string {
  if (typeof topic !== "string" || !KAFKA_TOPIC_PATTERN.test(topic) || topic === "." || topic === "..")
    throw typeError(
      `${where}: topic must be 1-249 characters of letters, digits, ".", "_" or "-", got ${JSON.stringify(topic)}`,
    );
  return topic;
}

function checkMessage(m: unknown, where: string): string | number {
  if (typeof m === "string" || typeof m === "number") return m;
  throw typeError(`${where}: each message must be a string or a number, got ${describe(m)}`);
}

export class KafkaTarget {
  readonly #env: EngineEnv;
  readonly #name: string;
  constructor(env: EngineEnv, name: string) {
    this.#env = env;
    this.#name = name;
  }
  send(...args: unknown[]): void {
    const env = this.#env;
    const where = `Remote.Kafka("${this.#name}").send`;
    env.sensor.targets.check("Remote.Kafka", "kafka", this.#name);
    let topic: string;
    let messages: Array<string | number>;
    let partition: number | undefined;
    if (isObjectLike(args[0])) {
      const o = args[0];
      topic = checkTopic(o.topic, where);
      if (o.messages !== undefined && !Array.isArray(o.messages))
        throw typeError(`${where}: messages must be an array`);
      // Array.from, not messages.map: the trigger's array belongs to its realm, the record to the test's.
      messages = Array.from((o.messages as unknown[] | undefined) ?? [], (m) => checkMessage(m, where));
      if (o.partition !== undefined) {
        if (typeof o.partition !== "number" || !Number.isInteger(o.partition) || o.partition < 0)
          throw typeError(`${where}: partition must be a non-negative integer`);
        partition = o.partition;
      }
    } else {
      topic = checkTopic(args[0], where);
      messages = args.slice(1).map((m) => checkMessage(m, where));
    }
    const accepted = env.sensor.targets.script(this.#name).takeAcceptance();
    env.current.run.ods.push({
      target: this.#name,
      kind: "kafka",
      method: "send",
      accepted,
      topic,
      messages,
      ...(partition === undefined ? {} : { partition }),
    });
  }
}

export function createKafka(env: EngineEnv) {
  return targetFactory((name) => new KafkaTarget(env, name), ["send"], "Remote.Kafka");
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Remote.Kafka",
    status: "recorded",
    differences: [
      "send() returns nothing, as documented; a refused send is only visible in the recorded call (accepted: false).",
    ],
  },
];
