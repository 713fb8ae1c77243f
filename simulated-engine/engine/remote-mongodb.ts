/** Remote.MongoDB (extrahop-api.md §3.4): insert, remove and update on "db.collection". */
import { typeError } from "./errors.ts";
import { describe, isObjectLike, jsonCopy } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import type { OdsCall } from "./records.ts";
import { targetFactory } from "./remote-http.ts";

/** "database.collection" */
export const MONGODB_COLLECTION_PATTERN = /^[^.\s]+\.[^\s]+$/;

export class MongoTarget {
  readonly #env: EngineEnv;
  readonly #name: string;
  constructor(env: EngineEnv, name: string) {
    this.#env = env;
    this.#name = name;
  }
  #record(method: string, collection: unknown, fields: Partial<OdsCall>): boolean {
    const env = this.#env;
    env.sensor.targets.check("Remote.MongoDB", "mongodb", this.#name);
    if (typeof collection !== "string" || !MONGODB_COLLECTION_PATTERN.test(collection))
      throw typeError(
        `Remote.MongoDB("${this.#name}").${method}: collection must be "database.collection", got ${JSON.stringify(collection)}`,
      );
    const accepted = env.sensor.targets.script(this.#name).takeAcceptance();
    env.current.run.ods.push({
      target: this.#name,
      kind: "mongodb",
      method,
      accepted,
      collection,
      ...fields,
    });
    return accepted;
  }
  insert(collection: unknown, document: unknown): boolean {
    if (!isObjectLike(document))
      throw typeError(
        `Remote.MongoDB.insert: document must be an object or an array, got ${describe(document)}`,
      );
    return this.#record("insert", collection, { document: jsonCopy(document, "document") });
  }
  remove(collection: unknown, document: unknown, justOnce: unknown = false): boolean {
    if (!isObjectLike(document))
      throw typeError(`Remote.MongoDB.remove: document must be an object, got ${describe(document)}`);
    if (typeof justOnce !== "boolean") throw typeError("Remote.MongoDB.remove: justOnce must be a boolean");
    return this.#record("remove", collection, {
      document: jsonCopy(document, "document"),
      options: { justOnce },
    });
  }
  update(collection: unknown, query: unknown, update: unknown, options?: unknown): boolean {
    if (!isObjectLike(query) || !isObjectLike(update))
      throw typeError("Remote.MongoDB.update: query and update must be objects");
    if (options !== undefined && !isObjectLike(options))
      throw typeError("Remote.MongoDB.update: options must be an object");
    const o = (options ?? {}) as Record<string, unknown>;
    return this.#record("update", collection, {
      query: jsonCopy(query, "query"),
      update: jsonCopy(update, "update"),
      options: { upsert: o.upsert === true, multi: o.multi === true },
    });
  }
}

export function createMongo(env: EngineEnv) {
  return targetFactory(
    (name) => new MongoTarget(env, name),
    ["insert", "remove", "update"],
    "Remote.MongoDB",
  );
}

export const FIDELITY: FidelityEntry[] = [
  { name: "Remote.MongoDB", status: "recorded", differences: ["Documents are recorded as JSON copies."] },
];
