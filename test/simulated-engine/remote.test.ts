import { describe, expect, it } from "vitest";
import { RESTRICTED_HTTP_HEADERS } from "../../build/engine/remote-http.ts";
import { inlineTrigger } from "../support/inline-trigger.ts";

const timer = (body: string, events = ["TIMER_30SEC", "REMOTE_RESPONSE"]) => inlineTrigger(body, events);

describe("Remote.HTTP", () => {
  it("records the request, with the payload parsed when it is JSON", () => {
    const run = timer(
      `var ok = Remote.HTTP("ticket-server").post({ path: "/rest/api/issue", headers: { "Content-Type": "application/json" }, payload: JSON.stringify({ a: 1 }) }); log(String(ok));`,
    ).fire("TIMER_30SEC");
    expect(run).toHavePosted("ticket-server", {
      path: "/rest/api/issue",
      json: { a: 1 },
      headers: { "Content-Type": "application/json" },
    });
    expect(run).toHaveLogged("true");
  });

  it.each(RESTRICTED_HTTP_HEADERS.flatMap((h) => [h, h.toLowerCase(), h.toUpperCase()]))(
    "rejects the restricted header %s",
    (h) => {
      const run = timer(
        `var headers = {}; headers[${JSON.stringify(h)}] = "x"; Remote.HTTP("ticket-server").post({ path: "/", headers: headers });`,
      ).fire("TIMER_30SEC");
      expect(run).toHaveThrown(/restricted/);
      expect(run.ods).toEqual([]);
    },
  );

  it("accepts a string or Buffer payload and rejects anything else", () => {
    const t = timer(
      `Remote.HTTP("ticket-server").put({ path: "/s", payload: new Buffer("aGk=", "base64") }); Remote.HTTP("ticket-server").put({ path: "/o", payload: { a: 1 } });`,
    );
    const run = t.fire("TIMER_30SEC");
    expect(run.ods).toHaveLength(1);
    expect(run.ods[0]).toMatchObject({ method: "PUT", payload: "hi" });
    expect(run.error).toMatchObject({
      name: "TypeError",
      message: expect.stringMatching(/payload must be a string or a Buffer/),
    });
  });

  it("fails for a target that is not declared in ehtrig.config.json, or of another type", () => {
    expect(timer(`Remote.HTTP("nope").get({ path: "/" });`).fire("TIMER_30SEC")).toHaveThrown(
      /no Open Data Stream target named "nope"/,
    );
    expect(timer(`Remote.HTTP("siem").get({ path: "/" });`).fire("TIMER_30SEC")).toHaveThrown(
      /"siem" is a syslog target/,
    );
    expect(timer(`Remote.HTTP.post({ path: "/" });`).fire("TIMER_30SEC")).toHaveThrown(/named "default"/);
  });

  it("checks request() methods", () => {
    const t = timer(
      `Remote.HTTP("ticket-server").request("HEAD", { path: "/h" }); Remote.HTTP("ticket-server").request("FETCH", { path: "/" });`,
    );
    const run = t.fire("TIMER_30SEC");
    expect(run.ods[0]).toMatchObject({ method: "HEAD", path: "/h" });
    expect(run).toHaveThrown(/method must be one of/);
  });

  it("returns false when the test makes the target refuse", () => {
    const t = timer(`if (!Remote.HTTP("ticket-server").post({ path: "/x" })) log("refused");`);
    t.target("ticket-server").refuse(1);
    const first = t.fire("TIMER_30SEC");
    expect(first).toHaveLogged("refused");
    expect(first.ods[0].accepted).toBe(false);
    expect(t.fire("TIMER_30SEC")).not.toHaveLogged("refused");
  });

  it("delivers a scripted answer as REMOTE_RESPONSE with the request's context", () => {
    const t = timer(
      `if (event === "REMOTE_RESPONSE") { var r = Remote.response; log(r.statusCode + " " + r.body.decode("utf-8") + " " + r.context.detection + " " + r.headers["X-Id"]); return; }
       Remote.HTTP("ticket-server").post({ path: "/rest/api/issue", payload: "{}", enableResponseEvent: true, context: { detection: 7 } });`,
    );
    t.target("ticket-server").respond({ status: 201, headers: { "X-Id": "SEC-9" }, body: '{"key":"SEC-9"}' });
    t.fire("TIMER_30SEC");
    const [answer] = t.deliverResponses();
    expect(answer).toHaveLogged('201 {"key":"SEC-9"} 7 SEC-9');
  });

  it("answers a run's request directly with run.respond()", () => {
    const t = timer(
      `if (event === "REMOTE_RESPONSE") { log("status " + Remote.response.statusCode + " for " + Remote.response.context); return; }
       Remote.HTTP("ticket-server").get({ path: "/q", enableResponseEvent: true, context: "ctx-1" });`,
    );
    expect(t.fire("TIMER_30SEC").respond({ status: 503 })).toHaveLogged("status 503 for ctx-1");
  });

  it("exposes Remote.response only on REMOTE_RESPONSE", () => {
    expect(timer(`var r = Remote.response;`).fire("TIMER_30SEC")).toHaveThrown(
      /only available on REMOTE_RESPONSE/,
    );
  });
});

describe("Remote.Kafka, Syslog, MongoDB and Raw", () => {
  it("records Kafka sends in both call forms and checks topics", () => {
    const t = timer(
      `Remote.Kafka("bus").send("detections", "a", 2); Remote.Kafka("bus").send({ topic: "d.x", messages: ["m"], partition: 1 }); Remote.Kafka("bus").send("bad topic!", "x");`,
    );
    const run = t.fire("TIMER_30SEC");
    expect(run.ods.slice(0, 2)).toMatchObject([
      { kind: "kafka", topic: "detections", messages: ["a", 2] },
      { kind: "kafka", topic: "d.x", messages: ["m"], partition: 1 },
    ]);
    expect(run).toHaveThrown(/topic must be/);
  });

  it("cuts Syslog messages to the target size", () => {
    const run = timer(`Remote.Syslog("siem").warn(new Array(2000).join("x"));`).fire("TIMER_30SEC");
    expect(run).toHaveSent("siem", { method: "warn", truncated: true });
    expect(run.ods[0].message).toHaveLength(994);
  });

  it("records MongoDB and Raw calls", () => {
    const run = timer(
      `Remote.MongoDB("mongo").insert("eh.detections", { id: 1 }); Remote.MongoDB("mongo").update("eh.d", { id: 1 }, { $set: { x: 1 } }, { upsert: true }); Remote.Raw("raw").send("line");`,
    ).fire("TIMER_30SEC");
    expect(run.ods).toMatchObject([
      { kind: "mongodb", method: "insert", collection: "eh.detections", document: { id: 1 } },
      { kind: "mongodb", method: "update", options: { upsert: true, multi: false } },
      { kind: "raw", method: "send", message: "line" },
    ]);
  });
});

describe("what a run records", () => {
  /** Paths inside `v` holding an object or array that is not of the test's own realm. */
  function foreign(v: unknown, path = "run"): string[] {
    if (typeof v === "function") return [path];
    if (typeof v !== "object" || v === null) return [];
    const proto = Object.getPrototypeOf(v);
    const own = Array.isArray(v) ? proto === Array.prototype : proto === Object.prototype;
    return [...(own ? [] : [path]), ...Object.entries(v).flatMap(([k, x]) => foreign(x, `${path}.${k}`))];
  }

  it("is plain data of the test's realm, whatever the trigger passed in, on both engines", () => {
    const body = `
      Remote.HTTP("ticket-server").post({ path: "/", payload: JSON.stringify({ a: [1, { b: 2 }] }), enableResponseEvent: true, context: { x: [1] } });
      Remote.Kafka("bus").send({ topic: "t", messages: ["a", 1] }); Remote.Kafka("bus").send("t", "b", 2);
      Remote.MongoDB("mongo").insert("db.c", [{ a: { b: [1] } }]); Remote.Syslog("siem").info("s"); Remote.Raw("raw").send("r");
      commitDetection("x", { title: "t", description: "d", participants: [] }); commitRecord("r", { a: { b: [1] } });
      Network.metricAddCount("m", 1); log("l");`;
    for (const engine of ["vm", "interpreter"] as const) {
      const r = inlineTrigger(body, ["TIMER_30SEC"], { engine }).fire("TIMER_30SEC");
      expect(r.error, engine).toBeNull();
      expect(r.ods, engine).toHaveLength(6);
      expect(foreign(r), engine).toEqual([]);
    }
  });
});
