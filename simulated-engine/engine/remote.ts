/** The `Remote` global: the five Open Data Stream classes and, on REMOTE_RESPONSE, `response`. */
import type { EngineEnv } from "./env.ts";
import { createHttp } from "./remote-http.ts";
import { createKafka } from "./remote-kafka.ts";
import { createMongo } from "./remote-mongodb.ts";
import { createRaw } from "./remote-raw.ts";
import { responseOf, type RemoteResponse } from "./remote-response.ts";
import { createSyslog } from "./remote-syslog.ts";

export class RemoteGlobal {
  readonly HTTP: ReturnType<typeof createHttp>;
  readonly Kafka: ReturnType<typeof createKafka>;
  readonly Syslog: ReturnType<typeof createSyslog>;
  readonly MongoDB: ReturnType<typeof createMongo>;
  readonly Raw: ReturnType<typeof createRaw>;
  readonly #env: EngineEnv;
  constructor(env: EngineEnv) {
    this.#env = env;
    this.HTTP = createHttp(env);
    this.Kafka = createKafka(env);
    this.Syslog = createSyslog(env);
    this.MongoDB = createMongo(env);
    this.Raw = createRaw(env);
  }
  get response(): RemoteResponse {
    return responseOf(this.#env);
  }
}
