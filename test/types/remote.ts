// Compile-only checks of types/remote.d.ts.

// HTTP: named target and default target, every method returns a boolean.
const queued: boolean = Remote.HTTP("ticket-server").post({
  path: "/rest/api/2/issue",
  headers: { "Content-Type": "application/json", "Content-Encoding": "gzip" },
  payload: JSON.stringify({ id: Detection.id }),
  enableResponseEvent: true,
  context: { detectionId: Detection.id },
});
Remote.HTTP.post({ path: "/" });
Remote.HTTP.get({ path: "/?q=1", context: "lookup" });
Remote.HTTP("x").put({ path: "/a", payload: Flow.client.payload ?? "" });
Remote.HTTP("x").patch({ path: "/a", context: null });
Remote.HTTP("x").delete({ path: "/a", headers: { Accept: "*/*" } });
Remote.HTTP("elasticsearch").request("POST", { path: "/extrahop/http", headers: {}, payload: "{}" });
const target = Remote.HTTP("chronicle");
if (!target.post({ path: "/v1/logs", payload: "x" })) log("not queued");

// @ts-expect-error -- path is required
Remote.HTTP("x").post({ payload: "x" });
// @ts-expect-error -- path is required (default target)
Remote.HTTP.get({});
// @ts-expect-error -- payload is a string or Buffer
Remote.HTTP("x").post({ path: "/", payload: 42 });
// @ts-expect-error -- header values are strings
Remote.HTTP("x").post({ path: "/", headers: { "X-Count": 1 } });
// @ts-expect-error -- delete() has no response event
Remote.HTTP("x").delete({ path: "/", enableResponseEvent: true });
// @ts-expect-error -- not an HTTP method
Remote.HTTP("x").request("FETCH", { path: "/" });
// @ts-expect-error -- context is an object, string, number, boolean or null
Remote.HTTP("x").post({ path: "/", context: undefined as unknown });
// @ts-expect-error -- the target name is a string
Remote.HTTP(7);
// @ts-expect-error -- unknown option (a typo of enableResponseEvent)
Remote.HTTP("x").post({ path: "/", enableResponseEvents: true });

// REMOTE_RESPONSE.
const code: number = Remote.response.statusCode;
const body: string = Remote.response.body.decode("utf-8");
const cookie = Remote.response.headers["Set-Cookie"];
const firstCookie: string = typeof cookie === "string" ? cookie : cookie[0];
const ctx = Remote.response.context;
if (ctx !== null && typeof ctx === "object") debug("object context");
// @ts-expect-error -- the response is read-only
Remote.response.statusCode = 200;

// Kafka: object form and variadic form, nothing returned.
Remote.Kafka.send({ topic: "my_topic", messages: ["hello", 42], partition: 2 });
Remote.Kafka("detections-bus").send({ topic: "t" });
Remote.Kafka("detections-bus").send("t", JSON.stringify({ id: Detection.id }), 7);
// @ts-expect-error -- messages cannot be arrays
Remote.Kafka.send({ topic: "t", messages: [["nested"]] });
// @ts-expect-error -- send returns nothing
const sent: boolean = Remote.Kafka.send("t", "m");
// @ts-expect-error -- topic is required
Remote.Kafka.send({ messages: ["m"] });

// MongoDB.
const inserted: boolean = Remote.MongoDB.insert("sessions.www", { path: "/", status: 500 });
Remote.MongoDB("db").insert("test.tbc", [{ a: 1 }, { a: 2 }]);
Remote.MongoDB.remove("test.tbc", { qty: 100000 }, false);
Remote.MongoDB.update("test.tbc", { _id: 1 }, { $set: { example: 2 } }, { upsert: true, multi: false });
// @ts-expect-error -- the document is an object
Remote.MongoDB.insert("test.tbc", "document");
// @ts-expect-error -- unknown update option
Remote.MongoDB.update("test.tbc", {}, {}, { upsert: true, many: true });

// Syslog: eight severities, boolean results.
const ok: boolean = Remote.Syslog.info("eh_event=web uri=" + HTTP.uri);
Remote.Syslog("siem").emerg("x");
Remote.Syslog.alert("x");
Remote.Syslog.crit("x");
Remote.Syslog.error("x");
Remote.Syslog.warn("x");
Remote.Syslog.notice("x");
Remote.Syslog("siem").debug("x");
// @ts-expect-error -- no such severity (it is "warn")
Remote.Syslog.warning("x");
// @ts-expect-error -- the message is a string
Remote.Syslog.info({ msg: "x" });

// Raw.
Remote.Raw.send("data over the wire");
Remote.Raw("my-target").send("more");
// @ts-expect-error -- Raw sends strings
Remote.Raw.send(Flow.client.payload);

export { queued, code, body, firstCookie, inserted, ok, sent };
