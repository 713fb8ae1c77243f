import vm from "node:vm";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadScript, loadTrigger } from "../../simulated-engine/load.ts";
import { detection } from "../../simulated-engine/fixtures/index.ts";
import { inlineTrigger, TEST_TARGETS } from "../support/inline-trigger.ts";
import { NON_ES5_GLOBALS } from "../../simulated-engine/runtime/es5.ts";
import { scopeEntries } from "../../simulated-engine/runtime/scope.ts";
import { ES5_GLOBALS } from "../../build/verify/es5.ts";
import { EVENT_SCOPED_GLOBALS } from "../../build/engine/events.ts";
import { DEPRECATED_GLOBALS, UNIVERSAL_GLOBALS } from "../../build/engine/globals.ts";
import { buildProject } from "../../build/index.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const fireTimer = (body: string, opts = {}) => inlineTrigger(body, ["TIMER_30SEC"], opts).fire("TIMER_30SEC");

describe("the ES5 context", () => {
  it("has no ES2015+ globals", () => {
    const run = fireTimer(
      `var names = ${JSON.stringify(NON_ES5_GLOBALS)}; for (var i = 0; i < names.length; i++) log(names[i] + "=" + typeof this[names[i]]);`,
    );
    expect(run.error).toBeNull();
    for (const line of run.logs) expect(line.message).toMatch(/=undefined$/);
  });

  it("holds nothing but ES5 built-ins and engine globals", () => {
    const run = fireTimer(`log(Object.getOwnPropertyNames(this).join(","));`);
    const allowed = new Set([
      ...ES5_GLOBALS,
      ...UNIVERSAL_GLOBALS,
      ...EVENT_SCOPED_GLOBALS,
      ...Object.keys(DEPRECATED_GLOBALS),
      "eval",
    ]);
    const extra = run.logs[0].message.split(",").filter((name) => !allowed.has(name));
    expect(extra).toEqual([]);
  });

  it("has no ES2015+ methods on ES5 built-ins", () => {
    const run = fireTimer(
      `log([typeof Object.assign, typeof Array.from, typeof "".startsWith, typeof [].includes, typeof [].find, typeof Number.isInteger, typeof Math.trunc].join(","));`,
    );
    expect(run.logs[0].message).toBe("undefined,undefined,undefined,undefined,undefined,undefined,undefined");
  });

  it("has no V8 Error.captureStackTrace, and errors still carry the position they were thrown at", () => {
    const run = fireTimer(`log(typeof Error.captureStackTrace);\nnull.x;`);
    expect(run).toHaveLogged("undefined");
    expect(run.error?.scriptLocation?.line).toBe(3);
  });

  it("keeps the ES5 built-ins", () => {
    const run = fireTimer(
      `log([typeof JSON.stringify, typeof Object.keys, typeof [].map, typeof "".trim, typeof Date.now, typeof new Date(0).toISOString].join(","));`,
    );
    expect(run.logs[0].message).toBe("function,function,function,function,function,function");
  });

  it("has no require, process, timers or console", () => {
    const run = fireTimer(
      `log([typeof require, typeof process, typeof setTimeout, typeof setInterval, typeof console, typeof module].join(","));`,
    );
    expect(run.logs[0].message).toBe("undefined,undefined,undefined,undefined,undefined,undefined");
  });

  it("keeps strict mode where the script asks for it, on both engines", () => {
    for (const engine of ["vm", "interpreter"] as const) {
      const run = inlineTrigger(`(function () { "use strict"; undeclared = 1; })();`, ["TIMER_30SEC"], {
        engine,
      }).fire("TIMER_30SEC");
      expect(run.error?.name).toBe("ReferenceError");
    }
  });

  it('keeps a script-level "use strict"', () => {
    const t = loadScript(
      { id: "strict", events: ["TIMER_30SEC"], script: `"use strict";\nundeclared = 1;\n` },
      { targets: TEST_TARGETS },
    );
    expect(t.fire("TIMER_30SEC").error).toMatchObject({
      name: "ReferenceError",
      scriptLocation: { line: 2 },
    });
  });

  it("refuses eval and new Function", () => {
    expect(fireTimer(`eval("1 + 1");`).error).toMatchObject({ name: "EvalError" });
    expect(fireTimer(`new Function("return 1")();`).error).toMatchObject({ name: "EvalError" });
  });

  it("gives engine functions no way around the eval ban (their constructor is the context's Function)", () => {
    for (const body of [
      `md5.constructor("return 1")();`,
      `Remote.HTTP.constructor("return 1")();`,
      `Remote.HTTP("ticket-server").post.constructor("return 1")();`,
      `Object.getOwnPropertyDescriptor(Remote, "response").get.constructor("return 1")();`,
      `Object.getOwnPropertyDescriptor(Remote, "response").set.constructor("return 1")();`,
    ])
      expect(fireTimer(body).error, body).toMatchObject({ name: "EvalError" });
    expect(fireTimer(`log(String(md5 instanceof Function));`)).toHaveLogged("true");
  });

  it("runs the script once per event, keeping no variables between runs", () => {
    const t = inlineTrigger(
      `var count = (typeof count === "number" ? count : 0) + 1; log("count " + count);`,
      ["TIMER_30SEC"],
    );
    expect(t.fire("TIMER_30SEC").logs[0].message).toBe("count 1");
    expect(t.fire("TIMER_30SEC").logs[0].message).toBe("count 1");
  });

  it("does not carry globals a run creates into the next run, on either engine", () => {
    for (const engine of ["vm", "interpreter"] as const) {
      const t = inlineTrigger(
        `seen = (typeof seen === "number" ? seen : 0) + 1; log("seen " + seen);`,
        ["TIMER_30SEC"],
        { engine },
      );
      expect(t.fire("TIMER_30SEC")).toHaveLogged("seen 1");
      expect(t.fire("TIMER_30SEC")).toHaveLogged("seen 1");
    }
  });

  it("keeps engine globals from being replaced, on either engine", () => {
    for (const engine of ["vm", "interpreter"] as const) {
      const t = inlineTrigger(`log(typeof Remote); Remote = null; log = null;`, ["TIMER_30SEC"], { engine });
      expect(t.fire("TIMER_30SEC")).toHaveLogged("object");
      expect(t.fire("TIMER_30SEC")).toHaveLogged("object");
    }
  });

  it("gives top-level code the global object as `this`, on both engines", () => {
    for (const engine of ["vm", "interpreter"] as const) {
      const run = loadScript(
        { id: "this", events: ["TIMER_30SEC"], script: `log(String(this.Remote === Remote));\n` },
        { targets: TEST_TARGETS, engine },
      ).fire("TIMER_30SEC");
      expect(run).toHaveLogged("true");
    }
  });

  it("sets `event` to the running event", () => {
    const t = inlineTrigger(`log(event);`, ["TIMER_30SEC", "EXTERNAL_DATA"]);
    expect(t.fire("TIMER_30SEC").logs[0].message).toBe("TIMER_30SEC");
    expect(t.fire("EXTERNAL_DATA", { type: "x", body: "" }).logs[0].message).toBe("EXTERNAL_DATA");
  });
});

describe("the time limit", () => {
  it("stops an endless loop and reports it", () => {
    const run = fireTimer(`while (true) {}`, { timeLimitMs: 30 });
    expect(run.error).toMatchObject({ timedOut: true });
  });

  it("cannot be swallowed by try/catch in the trigger", () => {
    const run = fireTimer(`for (;;) { try { while (true) {} } catch (e) { log("caught"); } }`, {
      timeLimitMs: 30,
    });
    expect(run.error?.timedOut).toBe(true);
  });

  it("is reported even when the trigger catches it and then ends normally, on both engines", () => {
    for (const engine of ["vm", "interpreter"] as const) {
      const run = fireTimer(`try { while (true) {} } catch (e) { log("caught"); }`, {
        timeLimitMs: 30,
        engine,
      });
      expect(run.error, engine).toMatchObject({ timedOut: true });
    }
  });

  it("stops endless recursion with a RangeError", () => {
    const run = fireTimer(`function f() { return f() + 1; } f();`);
    expect(run.error).toMatchObject({ name: "RangeError", timedOut: false });
  });

  it("leaves the next event its own budget", () => {
    const t = inlineTrigger(
      `if (event === "TIMER_30SEC") { while (true) {} } log("ok");`,
      ["TIMER_30SEC", "EXTERNAL_DATA"],
      {
        timeLimitMs: 30,
      },
    );
    expect(t.fire("TIMER_30SEC").error?.timedOut).toBe(true);
    expect(t.fire("EXTERNAL_DATA", { type: "t", body: "" })).toHaveLogged("ok");
  });
});

describe("event-scoped globals", () => {
  it("throw when the fired event does not provide them, naming the events that do", () => {
    const run = fireTimer(`var t = Detection.title;`);
    expect(run.error).toMatchObject({ name: "ReferenceError" });
    expect(run.error?.message).toMatch(/Detection is not available on TIMER_30SEC events.*DETECTION_UPDATE/);
  });

  it("are there when the event provides them", () => {
    const t = inlineTrigger(`log(Detection.title); var h = typeof HTTP;`);
    const run = t.fire("DETECTION_UPDATE", { detection: detection({ title: "Port scan" }) });
    expect(run.logs[0].message).toBe("Port scan");
    expect(run.error?.message).toMatch(/HTTP is not available on DETECTION_UPDATE/);
  });

  it("give protocol events a read-only object built from the test's plain data", () => {
    const t = inlineTrigger(
      `log(HTTP.method + " " + HTTP.uri + " " + Flow.client.ipaddr); HTTP.method = "PUT";`,
      ["HTTP_REQUEST"],
    );
    const run = t.fire("HTTP_REQUEST", {
      HTTP: { method: "GET", uri: "/login" },
      Flow: { client: { ipaddr: "10.0.0.1" } },
    });
    expect(run.logs[0].message).toBe("GET /login 10.0.0.1");
    expect(run.error).toMatchObject({ name: "TypeError", message: "HTTP.method is read-only" });
  });

  it("model every universal global, and name any that a future table adds without a model", () => {
    const modelled = new Set(Object.keys(inlineTrigger("", ["TIMER_30SEC"]).engineGlobals));
    expect(scopeEntries(modelled).filter((s) => !s.eventScoped && !(s.name in DEPRECATED_GLOBALS))).toEqual(
      [],
    );
    modelled.delete("GeoIP");
    expect(scopeEntries(modelled)).toContainEqual({
      name: "GeoIP",
      message: "GeoIP is not simulated by the ehtrig harness (see docs/fidelity.md)",
      eventScoped: false,
    });
  });

  it("point deprecated globals to their replacement", () => {
    expect(fireTimer(`getTimestampMSec();`).error?.message).toMatch(/deprecated: use getTimestamp\(\)/);
  });

  it("refuse events the trigger does not subscribe to, and unknown events", () => {
    const t = inlineTrigger(`log(1);`, ["TIMER_30SEC"]);
    expect(() => t.fire("DETECTION_UPDATE", { detection: detection() })).toThrow(/EH904/);
    // @ts-expect-error -- an unknown event does not type-check either
    expect(() => t.fire("NOT_AN_EVENT")).toThrow(/EH905/);
  });
});

describe("thrown errors", () => {
  it("are mapped to the TypeScript file and line through the source map", () => {
    const ts = [
      "var limit: number = 3;",
      "for (var i: number = 0; i < limit; i++) { log('n' + i); }",
      "function fail(reason: string): never {",
      "  throw new Error('bad ' + reason);",
      "}",
      "fail('input');",
    ].join("\n");
    const out = transformSync(ts, {
      loader: "ts",
      sourcemap: "external",
      sourcefile: "src/fail.ts",
      format: "iife",
      target: "es5",
    });
    const t = loadScript(
      {
        id: "fail",
        events: ["TIMER_30SEC"],
        script: out.code,
        map: { text: out.map, file: `${process.cwd()}/dist/fail.js.map` },
      },
      { targets: TEST_TARGETS },
    );
    const run = t.fire("TIMER_30SEC");
    expect(run.logs.map((l) => l.message)).toEqual(["n0", "n1", "n2"]);
    expect(run.error).toMatchObject({
      name: "Error",
      message: "bad input",
      location: { file: "dist/src/fail.ts", line: 4, column: 9 },
    });
  });

  it("report the artifact position V8 reports for the uninstrumented script", () => {
    const body = "var a = [1];\nfor (var i = 0; i < 1; i++) { while (a.length) { a.pop(); null.x; } }";
    const script = `(function () {\n${body}\n})();\n`;
    let expected: { line: number; column: number } | undefined;
    try {
      vm.runInNewContext(script, {}, { filename: "plain.js" });
    } catch (e) {
      const m = /plain\.js:(\d+):(\d+)/.exec((e as Error).stack ?? "")!;
      expected = { line: Number(m[1]), column: Number(m[2]) };
    }
    const run = fireTimer(body);
    expect(run.error?.name).toBe("TypeError");
    expect(run.error?.scriptLocation).toEqual(expected);
  });

  it("keep their realm: instanceof works inside the trigger", () => {
    const run = fireTimer(
      `try { Remote.HTTP("nowhere").post({ path: "/" }); } catch (e) { log(String(e instanceof Error) + " " + e.message); }`,
    );
    expect(run.logs[0].message).toMatch(/^true Remote.HTTP: no Open Data Stream target named "nowhere"/);
  });
});

describe("loadTrigger", () => {
  it("loads a built trigger by id or by name", async () => {
    const p = tempProject({
      "triggers/new-detections.ts": triggerSource("New detections", ["DETECTION_UPDATE"], 'debug("seen");'),
    });
    expect((await buildProject(p.project)).ok).toBe(true);
    expect(loadTrigger("new-detections", { root: p.root }).info.name).toBe("New detections");
    expect(loadTrigger("New detections", { root: p.root }).info.id).toBe("new-detections");
  });

  it("names the problem when the project has no build or no such trigger", async () => {
    const empty = mkdtempSync(join(tmpdir(), "ehtrig-harness-"));
    expect(() => loadTrigger("x", { root: empty })).toThrow(/EH600/);
    const p = tempProject({ "triggers/a.ts": triggerSource("A", ["DETECTION_UPDATE"], 'debug("a");') });
    expect((await buildProject(p.project)).ok).toBe(true);
    expect(() => loadTrigger("no-such-trigger", { root: p.root })).toThrow(/EH104/);
  });
});
