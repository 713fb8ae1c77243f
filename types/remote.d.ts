/**
 * Open data stream (ODS) classes: `Remote.HTTP`, `Remote.Kafka`, `Remote.MongoDB`,
 * `Remote.Syslog`, `Remote.Raw`, and `Remote.response` for the REMOTE_RESPONSE event.
 *
 * Each ODS class is used in two forms: called with the name of a target configured in the
 * Administration settings (`Remote.HTTP("ticket-server").post({...})`), or directly, which sends
 * to the target named `default` (`Remote.HTTP.post({...})`). Both forms return the same kind of
 * target object, so `var target = Remote.HTTP("siem"); target.post({...})` works too.
 */
declare namespace Remote {
  /**
   * The ODS target names ehtrig.config.json declares, by target type (`DeclaredTargets["http"]`
   * is `"ticket-server" | "tickets-eu"`, say). ehtrig's type-check generates them from the
   * config into `.ehtrig-cache/typecheck/ehtrig-project.d.ts`, where the `paths` of ehtrig's base
   * tsconfig let editors find them too; before a first build none are known
   * (types/declared-targets.d.ts).
   */
  type DeclaredTargets = import("ehtrig:project").DeclaredTargets;

  /** A target name of the type: one the config declares, or any string while none are known. */
  type TargetName<T extends string> = DeclaredTargets extends { [K in T]: infer N } ? N : string;

  /**
   * The parameter of `Remote.HTTP(name)` and the like: a name written literally must be declared
   * (the build reports it as EH513 too); a name computed at run time (type string) is left to the
   * engine, as the build leaves it.
   */
  type TargetArgument<Type extends string, N extends string> = string extends N ? N : TargetName<Type>;

  /** Request methods accepted by `Remote.HTTP(...).request()`. */
  type HTTPMethod = "GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "TRACE" | "OPTIONS" | "CONNECT" | "PATCH";

  /**
   * Request headers, by name. Trigger headers override the target's "Additional HTTP Header".
   * `Content-Encoding: gzip` or `deflate` compresses the request body.
   *
   * Not expressible in the type, checked by the engine: these headers are restricted and make
   * the call fail: Connection, Authorization, Proxy-Connection, Content-Length, X-Forwarded-For,
   * Transfer-Encoding. Credentials belong in the target's authentication settings or its
   * Additional HTTP Header instead.
   */
  interface HTTPHeaders {
    readonly [name: string]: string;
  }

  /** Data handed from a request to the REMOTE_RESPONSE event of the same trigger. */
  type ResponseContext = object | string | number | boolean | null;

  /** Options of `delete()`: the reference lists neither a response event nor a context for it. */
  interface HTTPDeleteOptions {
    /** Request path, query string included. */
    path: string;
    headers?: HTTPHeaders;
    /** Request body. */
    payload?: string | Buffer;
  }

  /** Options of `get()`, `patch()`, `post()`, `put()` and `request()`. */
  interface HTTPRequestOptions extends HTTPDeleteOptions {
    /**
     * Runs this trigger's REMOTE_RESPONSE event with the target's response. Costs performance;
     * enable it only where the response matters.
     */
    enableResponseEvent?: boolean;
    /** Passed to the REMOTE_RESPONSE event as `Remote.response.context`. */
    context?: ResponseContext;
  }

  /** An HTTP ODS target. Every method returns true when the request was queued, false otherwise. */
  interface HTTPTarget {
    delete(options: HTTPDeleteOptions): boolean;
    get(options: HTTPRequestOptions): boolean;
    patch(options: HTTPRequestOptions): boolean;
    post(options: HTTPRequestOptions): boolean;
    put(options: HTTPRequestOptions): boolean;
    request(method: HTTPMethod, options: HTTPRequestOptions): boolean;
  }

  /** Call with a target name, or use the methods directly for the target named `default`. */
  interface HTTPClass extends HTTPTarget {
    <N extends string>(name: TargetArgument<"http", N>): HTTPTarget;
  }

  /** A Kafka message: a string or a number, never an array. */
  type KafkaMessage = string | number;

  interface KafkaSendOptions {
    /** 1–249 characters of `A-Z a-z 0-9 . _ -`; not `.` or `..`. */
    topic: string;
    messages?: readonly KafkaMessage[];
    /**
     * Non-negative partition number. Used only when the target's partitioning strategy is
     * manual; a partition the cluster does not have makes the send fail silently.
     */
    partition?: number;
  }

  /** A Kafka ODS target. Sends return nothing. */
  interface KafkaTarget {
    send(options: KafkaSendOptions): void;
    send(topic: string, ...messages: KafkaMessage[]): void;
  }

  interface KafkaClass extends KafkaTarget {
    <N extends string>(name: TargetArgument<"kafka", N>): KafkaTarget;
  }

  interface MongoDBUpdateOptions {
    /** Insert a document when none matches the query. Default false. */
    upsert?: boolean;
    /** Update every matching document instead of the first. Default false. */
    multi?: boolean;
  }

  /**
   * A MongoDB ODS target. `collection` is `"database.collection"`; methods return true when queued.
   */
  interface MongoDBTarget {
    insert(collection: string, document: object | readonly object[]): boolean;
    /** @param justOnce Remove at most one matching document. Default false. */
    remove(collection: string, document: object, justOnce?: boolean): boolean;
    update(collection: string, query: object, update: object, options?: MongoDBUpdateOptions): boolean;
  }

  interface MongoDBClass extends MongoDBTarget {
    <N extends string>(name: TargetArgument<"mongodb", N>): MongoDBTarget;
  }

  /**
   * A syslog ODS target: one method per severity. The reference's signatures say `void`, but its
   * note says a successful submission returns true, so the methods are typed as returning a
   * boolean. A failed submission does not stop the trigger; a call with wrong arguments does.
   * Messages are limited to 1024 bytes including the header unless the target is configured
   * otherwise.
   */
  interface SyslogTarget {
    emerg(message: string): boolean;
    alert(message: string): boolean;
    crit(message: string): boolean;
    error(message: string): boolean;
    warn(message: string): boolean;
    notice(message: string): boolean;
    info(message: string): boolean;
    debug(message: string): boolean;
  }

  interface SyslogClass extends SyslogTarget {
    <N extends string>(name: TargetArgument<"syslog", N>): SyslogTarget;
  }

  /** A raw TCP/UDP ODS target; the data is gzip-compressed when the target enables it. */
  interface RawTarget {
    send(data: string): void;
  }

  interface RawClass extends RawTarget {
    <N extends string>(name: TargetArgument<"raw", N>): RawTarget;
  }

  /** The response of an HTTP ODS target, on REMOTE_RESPONSE. */
  interface Response {
    readonly statusCode: number;
    readonly body: Buffer;
    /** Response headers by name; a header sent more than once has an array of values. */
    readonly headers: { readonly [name: string]: string | readonly string[] };
    /** The `context` given to the request that caused this response. */
    readonly context: ResponseContext;
  }

  const HTTP: HTTPClass;
  const Kafka: KafkaClass;
  const MongoDB: MongoDBClass;
  const Syslog: SyslogClass;
  const Raw: RawClass;

  /**
   * The HTTP ODS response of the running REMOTE_RESPONSE event. That event runs only for the
   * trigger whose request set `enableResponseEvent`.
   */
  const response: Response;
}
