import { describe, expect, it } from "vitest";
import { Sensor } from "../../simulated-engine/engine/sensor.ts";
import { inlineTrigger, TEST_TARGETS } from "../support/inline-trigger.ts";

const EVENTS = ["TIMER_30SEC", "SESSION_EXPIRE"];
// Loaded once for the file: the setup file resets its state after each test.
const shared = inlineTrigger(
  `var n = Session.increment("n"); if (n === null) Session.add("n", 1); log("n=" + Session.lookup("n"));`,
  EVENTS,
);

describe("the Session table", () => {
  it("implements add, lookup, modify, replace, remove, increment and getOptions", () => {
    const run = inlineTrigger(
      `var out = [];
       out.push(Session.add("k", 1, { expire: 60 }));
       out.push(Session.add("k", 2));
       out.push(Session.modify("k", 5));
       out.push(Session.modify("missing", 1));
       out.push(Session.increment("k", 2));
       out.push(Session.increment("missing"));
       out.push(Session.replace("k", 10, { notify: true }));
       out.push(Session.replace("new", "v"));
       var o = Session.getOptions("k");
       out.push(o.expire + "/" + o.notify + "/" + o.priority);
       out.push(Session.remove("k"));
       out.push(Session.lookup("k"));
       log(out.join(","));`,
      EVENTS,
    ).fire("TIMER_30SEC");
    expect(run.logs[0].message).toBe("1,1,1,,7,,7,,60/true/1,10,");
  });

  it("copies objects in and out", () => {
    const run = inlineTrigger(
      `Session.add("o", { hits: [1] }); var o = Session.lookup("o"); o.hits.push(2); log(Session.lookup("o").hits.length + " " + (o instanceof Object));`,
      EVENTS,
    ).fire("TIMER_30SEC");
    expect(run.logs[0].message).toBe("1 true");
  });

  it("throws on a non-string key and on increment of a non-number", () => {
    const t = inlineTrigger(
      `if (event === "TIMER_30SEC") Session.add(1, 2); else { Session.add("s", "x"); Session.increment("s"); }`,
      [...EVENTS, "EXTERNAL_DATA"],
    );
    expect(t.fire("TIMER_30SEC")).toHaveThrown(/key must be a string/);
    expect(t.fire("EXTERNAL_DATA", { type: "t", body: "" })).toHaveThrown(/is not a number/);
  });

  it("expires keys on the simulated clock and reports notify keys on SESSION_EXPIRE", () => {
    const t = inlineTrigger(
      `if (event === "SESSION_EXPIRE") { var k = Session.expiredKeys; for (var i = 0; i < k.length; i++) log(k[i].name + "=" + k[i].value + " age " + k[i].age); return; }
       Session.add("quiet", 1, { expire: 30 }); Session.add("loud", 2, { expire: 30, notify: true }); Session.add("kept", 3, { expire: 120, notify: true });`,
      EVENTS,
    );
    t.fire("TIMER_30SEC");
    expect(t.advance(29_000)).toEqual([]);
    expect(t.session).toMatchObject({ quiet: 1, loud: 2, kept: 3 });
    expect(t.advance(1_000).map((k) => k.name)).toEqual(["loud"]);
    expect(t.session).toEqual({ kept: 3 });
    const run = t.fire("SESSION_EXPIRE");
    expect(run.logs.map((l) => l.message)).toEqual(["loud=2 age 30000"]);
    expect(t.fire("SESSION_EXPIRE").logs).toEqual([]);
  });

  it("offers expiredKeys only on SESSION_EXPIRE", () => {
    expect(inlineTrigger(`var k = Session.expiredKeys;`, EVENTS).fire("TIMER_30SEC")).toHaveThrown(
      /only available on SESSION_EXPIRE/,
    );
  });

  it("restarts the timer when modify changes expire", () => {
    const t = inlineTrigger(
      `if (Session.lookup("k") === null) Session.add("k", 1, { expire: 10 }); else Session.modify("k", 2, { expire: 20 });`,
      EVENTS,
    );
    t.fire("TIMER_30SEC");
    t.advance(9_000);
    t.fire("TIMER_30SEC");
    t.advance(15_000);
    expect(t.session).toEqual({ k: 2 });
  });

  it("starts fresh in each test (first test)", () => {
    expect(shared.fire("TIMER_30SEC")).toHaveLogged("n=1");
    expect(shared.fire("TIMER_30SEC")).toHaveLogged("n=2");
  });

  it("starts fresh in each test (second test)", () => {
    expect(shared.fire("TIMER_30SEC")).toHaveLogged("n=1");
  });

  it("is shared by triggers on one sensor", () => {
    const sensor = new Sensor({ targets: TEST_TARGETS });
    const writer = inlineTrigger(`Session.replace("last", "from writer");`, EVENTS, { sensor });
    const reader = inlineTrigger(`log(Session.lookup("last"));`, EVENTS, { sensor });
    writer.fire("TIMER_30SEC");
    expect(reader.fire("TIMER_30SEC")).toHaveLogged("from writer");
  });
});

describe("Session values that are engine objects", () => {
  it("keeps an IPAddress as an IPAddress, on both engines", () => {
    for (const engine of ["vm", "interpreter"] as const) {
      const t = inlineTrigger(
        `if (event === "TIMER_30SEC") { Session.add("last", new IPAddress("10.9.8.7")); return; }
         var ip = Session.lookup("last"); log(ip + " " + ip.isRFC1918);`,
        ["TIMER_30SEC", "SESSION_EXPIRE"],
        { engine },
      );
      t.fire("TIMER_30SEC");
      expect(t.fire("SESSION_EXPIRE")).toHaveLogged("10.9.8.7 true");
      expect(t.session).toEqual({ last: "10.9.8.7" });
    }
  });
});
