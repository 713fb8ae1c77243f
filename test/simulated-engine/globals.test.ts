import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { detection } from "../../simulated-engine/fixtures/index.ts";
import { inlineTrigger } from "../support/inline-trigger.ts";

const EVENTS = ["TIMER_30SEC", "DETECTION_UPDATE", "EXTERNAL_DATA"];
const timer = (body: string, opts = {}) => inlineTrigger(body, EVENTS, opts).fire("TIMER_30SEC");

describe("log() and debug()", () => {
  it("writes debug lines only when the trigger's debug flag is on", () => {
    const body = `debug("d"); log("l"); log(String(Trigger.isDebugEnabled));`;
    expect(timer(body).logs.map((l) => l.message)).toEqual(["l", "false"]);
    expect(timer(body, { debug: true }).logs.map((l) => `${l.level}:${l.message}`)).toEqual([
      "debug:d",
      "log:l",
      "log:true",
    ]);
  });

  it("cuts each message at 2048 bytes without splitting a character", () => {
    const run = timer(`log(new Array(3000).join("é"));`);
    expect(Buffer.byteLength(run.logs[0].message)).toBe(2048);
    expect(run.logs[0].truncated).toBe(true);
    const odd = timer(`log("x" + new Array(3000).join("é"));`);
    expect(Buffer.byteLength(odd.logs[0].message)).toBe(2047);
  });

  it("marks a message repeated within 30 s of packet time as suppressed", () => {
    const t = inlineTrigger(`log("same"); log("same");`, EVENTS);
    expect(t.fire("TIMER_30SEC").logs.map((l) => l.suppressed)).toEqual([false, true]);
    t.advance(30_000);
    expect(t.fire("TIMER_30SEC").logs.map((l) => l.suppressed)).toEqual([false, true]);
  });
});

describe("cache()", () => {
  it("computes a value once per trigger and keeps it across events", () => {
    const t = inlineTrigger(
      `var calls = 0; var v = cache("table", function () { calls++; return { a: 1 }; }); log(calls + " " + v.a);`,
      EVENTS,
    );
    expect(t.fire("TIMER_30SEC")).toHaveLogged("1 1");
    expect(t.fire("TIMER_30SEC")).toHaveLogged("0 1");
  });

  it("rejects a null value and a non-string key", () => {
    expect(timer(`cache("k", function () { return null; });`)).toHaveThrown(/returned null/);
    expect(timer(`cache(1, function () { return 1; });`)).toHaveThrown(/key must be a string/);
  });

  it("is kept between tests when the trigger asks for keepState", () => {
    const t = inlineTrigger(`log(String(cache("k", function () { return 5; })));`, EVENTS, {
      keepState: true,
    });
    t.fire("TIMER_30SEC");
    t.reset();
    expect(t.fire("TIMER_30SEC")).toHaveLogged("5");
  });
});

describe("hashes, uuid, time, System", () => {
  it("hashes the UTF-8 form of a string or a Buffer's bytes", () => {
    const run = timer(
      `log(md5("héllo")); log(sha1("héllo")); log(sha256("héllo")); log(sha512(new Buffer("aGk=", "base64")));`,
    );
    const h = (alg: string, v: string | Buffer) => createHash(alg).update(v).digest("hex");
    expect(run.logs.map((l) => l.message)).toEqual([
      h("md5", "héllo"),
      h("sha1", "héllo"),
      h("sha256", "héllo"),
      h("sha512", Buffer.from("hi")),
    ]);
    expect(timer(`md5(42);`)).toHaveThrown(/string or a Buffer/);
  });

  it("makes v4 uuids", () => {
    expect(timer(`log(uuid());`).logs[0].message).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("returns the simulated packet time from getTimestamp()", () => {
    const t = inlineTrigger(`log(String(getTimestamp()));`, EVENTS, { startTime: 1_700_000_000_000 });
    expect(t.fire("TIMER_30SEC")).toHaveLogged("1700000000000");
    t.advance(1500);
    expect(t.fire("TIMER_30SEC")).toHaveLogged("1700000001500");
    expect(t.fire("TIMER_30SEC", { timestamp: 42.5 })).toHaveLogged("42.5");
  });

  it("describes the sensor through System", () => {
    expect(
      timer(`log(System.hostname + " " + System.version);`, { system: { hostname: "eda01" } }),
    ).toHaveLogged("eda01 26.2.0.0");
  });
});

describe("commitDetection() and commitRecord()", () => {
  const ok = `{ title: "Brute force", description: "Many failures", riskScore: 80, identityKey: "10.0.0.1", identityTtl: "day" }`;

  it("records a valid detection as custom.<type>", () => {
    const run = timer(`commitDetection("brute_force_1", ${ok});`);
    expect(run).toHaveCommittedDetection("brute_force_1", { riskScore: 80, identityTtl: "day" });
    expect(run.detections[0].detectionType).toBe("custom.brute_force_1");
  });

  it.each([
    ["a type with a dash", `commitDetection("brute-force", ${ok});`, /letters, digits and underscores/],
    [
      "riskScore 0",
      `commitDetection("t", { title: "t", description: "", riskScore: 0 });`,
      /riskScore must be an integer from 1 to 99/,
    ],
    ["riskScore 100", `commitDetection("t", { title: "t", description: "", riskScore: 100 });`, /riskScore/],
    ["riskScore 1.5", `commitDetection("t", { title: "t", description: "", riskScore: 1.5 });`, /riskScore/],
    [
      "identityTtl month",
      `commitDetection("t", { title: "t", description: "", identityTtl: "month" });`,
      /identityTtl must be one of hour, day, week/,
    ],
    ["no title", `commitDetection("t", { description: "" });`, /title/],
    [
      "an unknown option",
      `commitDetection("t", { title: "t", description: "", severity: 3 });`,
      /unknown option "severity"/,
    ],
  ])("rejects %s", (_name, body, message) => {
    const run = timer(body);
    expect(run).toHaveThrown(message);
    expect(run.detections).toEqual([]);
  });

  it("accepts riskScore null and the boundaries 1 and 99", () => {
    const run = timer(
      `commitDetection("a", { title: "t", description: "", riskScore: null }); commitDetection("b", { title: "t", description: "", riskScore: 1 }); commitDetection("c", { title: "t", description: "", riskScore: 99 });`,
    );
    expect(run.error).toBeNull();
    expect(run.detections).toHaveLength(3);
  });

  it("drops detections beyond 250 a day for the trigger", () => {
    const run = timer(
      `for (var i = 0; i < 251; i++) commitDetection("flood", { title: "t", description: "" });`,
    );
    expect(run.detections.filter((d) => d.dropped)).toHaveLength(1);
  });

  describe("the daily count of a trigger loaded once for several tests", () => {
    const flood = inlineTrigger(
      `var n = event === "TIMER_30SEC" ? 250 : 1; for (var i = 0; i < n; i++) commitDetection("flood", { title: "t", description: "" });`,
      EVENTS,
    );
    it("reaches the limit in one test", () => {
      expect(flood.fire("TIMER_30SEC").detections.filter((d) => !d.dropped)).toHaveLength(250);
    });
    it("starts again in the next test", () => {
      expect(flood.fire("EXTERNAL_DATA", { type: "t", body: "" }).detections).toMatchObject([
        { dropped: false },
      ]);
    });
  });

  it("checks commitRecord ids and property names", () => {
    expect(timer(`commitRecord("my_rec", { user: "a", count: 2 });`)).toHaveCommittedRecord("my_rec", {
      user: "a",
    });
    expect(timer(`commitRecord("~x", {});`)).toHaveThrown(/cannot begin with "~"/);
    expect(timer(`commitRecord("r", { clientAddr: "1" });`)).toHaveThrown(/reserved/);
    expect(timer(`commitRecord("r", { "a.b": 1 });`)).toHaveThrown(/cannot contain/);
  });
});

describe("Detection", () => {
  it("is read-only: assignment throws, nested arrays are frozen", () => {
    const t = inlineTrigger(
      `try { Detection.title = "x"; } catch (e) { log(e.name + ": " + e.message); }
       try { Detection.categories.push("sec.dos"); } catch (e) { log(e.name); }
       log(Detection.title + " " + Detection.categories.length);`,
      EVENTS,
    );
    const run = t.fire("DETECTION_UPDATE", { detection: detection({ title: "Orig" }) });
    expect(run.logs.map((l) => l.message)).toEqual([
      "TypeError: Detection.title is read-only",
      "TypeError",
      "Orig 1",
    ]);
  });

  it("prints participants the way Device and IPAddress objects print", () => {
    const run = inlineTrigger(
      `log(String(Detection.participants[0].object) + " | " + Detection.participants[1].object);`,
      EVENTS,
    ).fire("DETECTION_UPDATE", { detection: detection() });
    expect(run).toHaveLogged("203.0.113.7 | [object Device 1904]");
  });

  it("is built from the fixture as it is when fired, also when the test changed it since", () => {
    const t = inlineTrigger(`log(Detection.title + " " + Detection.isEventCreate);`, EVENTS);
    const d = detection({ title: "first" });
    expect(t.fire("DETECTION_UPDATE", { detection: d })).toHaveLogged("first true");
    d.title = "second";
    d.isEventCreate = false;
    expect(t.fire("DETECTION_UPDATE", { detection: d })).toHaveLogged("second false");
    (d as { riskScore: unknown }).riskScore = 500;
    expect(() => t.fire("DETECTION_UPDATE", { detection: d })).toThrow(/EH902.*riskScore/);
  });

  it("refuses an invalid fixture with a message naming the field", () => {
    const t = inlineTrigger(`log(1);`, EVENTS);
    expect(() => t.fire("DETECTION_UPDATE", { detection: { ...detection(), riskScore: "high" } })).toThrow(
      /EH902.*riskScore/,
    );
    expect(() => t.fire("DETECTION_UPDATE", {})).toThrow(/EH908/);
  });
});

describe("Buffer and ExternalData", () => {
  it("decodes, slices, compares and unpacks", () => {
    const run = timer(
      `var b = new Buffer("AAECA2hpAA==", "base64");
       log(b.length + " " + b[3] + " " + b.toString("hex") + " " + b.slice(4, 6).decode("utf-8"));
       log(b.unpack(">H").join(",") + " " + b.unpack("<H", 2).join(",") + " " + b.unpack("4x2s").join(","));
       log(String(b.slice(0, 2).equals(new Buffer("AAE=", "base64"))));`,
    );
    expect(run.logs.map((l) => l.message)).toEqual(["7 3 00010203686900 hi", "1,2 770,4 hi,6", "true"]);
  });

  it("throws when unpack runs out of data", () => {
    expect(timer(`new Buffer("AA==", "base64").unpack("I");`)).toHaveThrown(/not enough data/);
  });

  it("hands EXTERNAL_DATA its type and body", () => {
    const run = inlineTrigger(`log(ExternalData.type + " " + ExternalData.body);`, EVENTS).fire(
      "EXTERNAL_DATA",
      {
        type: "threat-feed",
        body: { ip: "1.2.3.4" },
      },
    );
    expect(run).toHaveLogged('threat-feed {"ip":"1.2.3.4"}');
  });
});
