import { describe, expect, it } from "vitest";
import { compareEngines } from "../../simulated-engine/compare.ts";
import { detection } from "../../simulated-engine/fixtures/index.ts";
import { inlineTrigger, TEST_TARGETS } from "../support/inline-trigger.ts";

const interp = (
  body: string,
  events = ["TIMER_30SEC", "DETECTION_UPDATE", "SESSION_EXPIRE", "REMOTE_RESPONSE"],
  opts = {},
) => inlineTrigger(body, events, { engine: "interpreter", ...opts });

describe("the interpreter engine", () => {
  it("runs engine calls through the same engine objects", () => {
    const t = interp(
      `Session.add("k", 1); var n = Session.increment("k", 4);
       var ok = Remote.HTTP("ticket-server").post({ path: "/p", payload: JSON.stringify({ n: n }) });
       log("n=" + n + " ok=" + ok + " " + md5("a") + " " + cache("c", function () { return 3; }));`,
    );
    const run = t.fire("TIMER_30SEC");
    expect(run.engine).toBe("interpreter");
    expect(run).toHavePosted("ticket-server", { json: { n: 5 } });
    expect(run).toHaveLogged("n=5 ok=true 0cc175b9c0f1b6a831c399e269772661 3");
  });

  it("enforces event scoping, read-only Detection and engine errors", () => {
    expect(interp(`var d = Detection.id;`).fire("TIMER_30SEC")).toHaveThrown(
      /Detection is not available on TIMER_30SEC/,
    );
    const run = interp(
      `try { Detection.title = "x"; } catch (e) { log(e.name + " " + (e instanceof TypeError)); } Remote.HTTP("x").post({ path: "/" });`,
    ).fire("DETECTION_UPDATE", { detection: detection() });
    expect(run).toHaveLogged("TypeError true");
    expect(run).toHaveThrown(/no Open Data Stream target named "x"/);
  });

  it("holds what the vm context holds: no timers or window, no code from strings", () => {
    const globals = interp(
      `log([typeof setTimeout, typeof setInterval, typeof clearTimeout, typeof clearInterval, typeof window, typeof self].join());`,
    ).fire("TIMER_30SEC");
    expect(globals).toHaveLogged("undefined,undefined,undefined,undefined,undefined,undefined");
    for (const body of [
      `eval("1 + 1");`,
      `new Function("return 1")();`,
      `(function () {}).constructor("return 1")();`,
      `md5.constructor("return 1")();`,
    ]) {
      const vmRun = inlineTrigger(body, ["TIMER_30SEC"]).fire("TIMER_30SEC");
      expect(interp(body).fire("TIMER_30SEC").error, body).toMatchObject({
        name: "EvalError",
        message: vmRun.error?.message,
      });
    }
    expect(
      interp(`log(String(md5 instanceof Function && function () {} instanceof Function));`).fire(
        "TIMER_30SEC",
      ),
    ).toHaveLogged("true");
  });

  it("sorts without a comparator as ES5 does (by string, undefined last)", () => {
    const run = interp(
      `log(String([3, 10, 1, 2].sort()) + " " + String(["b", undefined, "a"].sort()));`,
    ).fire("TIMER_30SEC");
    expect(run.error).toBeNull();
    expect(run).toHaveLogged("1,10,2,3 a,b,");
  });

  it("has a time limit", () => {
    expect(
      interp(`while (true) {}`, undefined, { timeLimitMs: 30 }).fire("TIMER_30SEC").error?.timedOut,
    ).toBe(true);
  });

  it("reports the artifact position of an uncaught error", () => {
    const run = interp(`var a = 1;\nnull.x;`).fire("TIMER_30SEC");
    expect(run.error).toMatchObject({ name: "TypeError", scriptLocation: { line: 3, column: 1 } });
  });

  it("delivers REMOTE_RESPONSE and SESSION_EXPIRE", () => {
    const t = interp(
      `if (event === "REMOTE_RESPONSE") { log(Remote.response.statusCode + " " + Remote.response.body.decode("utf-8") + " " + Remote.response.context.id); return; }
       if (event === "SESSION_EXPIRE") { log(Session.expiredKeys[0].name); return; }
       Session.add("gone", 1, { expire: 1, notify: true });
       Remote.HTTP("ticket-server").post({ path: "/", enableResponseEvent: true, context: { id: 3 } });`,
    );
    expect(t.fire("TIMER_30SEC").respond({ status: 201, body: "made" })).toHaveLogged("201 made 3");
    t.advance(1000);
    expect(t.fire("SESSION_EXPIRE")).toHaveLogged("gone");
  });
});

describe("compareEngines", () => {
  const def = (body: string) => ({
    id: "cmp",
    events: ["TIMER_30SEC"],
    script: `(function () {\n${body}\n})();\n`,
  });

  it("agrees on plain ES5", () => {
    const r = compareEngines(
      def(
        `var a = [3, 1, 2].sort(function (x, y) { return x - y; }); log(a.join("-") + " " + JSON.stringify({ x: [1] }));`,
      ),
      [["TIMER_30SEC"]],
      {
        targets: TEST_TARGETS,
      },
    );
    expect(r.same).toBe(true);
  });

  it("agrees when both engines throw from the same TypeScript line (columns are engine-specific)", () => {
    const r = compareEngines("ticket-tracking", [["DETECTION_UPDATE", { detection: detection() }]], {
      targets: {},
    });
    expect(r.vm[0].error?.location?.line).toBeGreaterThan(0);
    expect(r.interpreter[0].error?.location?.line).toBe(r.vm[0].error?.location?.line);
    expect(r.differences).toEqual([]);
  });

  it("reports a script that depends on something only one engine has", () => {
    const r = compareEngines(def(`log("x".anchor("a"));`), [["TIMER_30SEC"]], {
      targets: TEST_TARGETS,
    });
    expect(r.same).toBe(false);
    expect(r.differences[0]).toMatch(/step 0 \(TIMER_30SEC\)/);
  });
});
