/**
 * The verification gate: each rule has a fixture that must fail (with its code, pointing at the
 * right TypeScript or npm file and line) and one that must pass.
 */
import { describe, expect, it } from "vitest";
import { buildProject, type BuildResult } from "../../build/index.ts";
import { npmPackage, tempProject, triggerSource } from "../support/project.ts";

async function build(files: Record<string, string>): Promise<BuildResult> {
  const t = tempProject(files);
  return buildProject(t.project);
}

const codes = (r: BuildResult): string[] => r.diagnostics.map((d) => d.code);
const where = (r: BuildResult, code: string): string | undefined => {
  const d = r.diagnostics.find((x) => x.code === code);
  return d?.location && `${d.location.file}:${d.location.line}`;
};

describe("engine globals per event (EH501)", () => {
  it("rejects HTTP in a DETECTION_UPDATE-only trigger and names the events that provide it", async () => {
    const r = await build({
      "triggers/t.ts": triggerSource("t", ["DETECTION_UPDATE"], 'debug("uri " + HTTP.uri);'),
    });
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === "EH501")!;
    expect(d.message).toContain("HTTP_REQUEST, HTTP_RESPONSE");
    expect(where(r, "EH501")).toBe("triggers/t.ts:2");
  });

  it("accepts HTTP when the trigger runs on HTTP_RESPONSE", async () => {
    const r = await build({
      "triggers/t.ts": triggerSource("t", ["HTTP_RESPONSE"], 'debug("uri " + HTTP.uri);'),
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it("accepts universal globals on any event", async () => {
    const body =
      'Session.add("k", 1); debug(sha256("x") + uuid() + String(getTimestamp()) + System.hostname);';
    const r = await build({ "triggers/t.ts": triggerSource("t", ["TIMER_30SEC"], body) });
    expect(r.diagnostics).toEqual([]);
  });
});

describe("ES2015+ built-ins in bundled npm code (EH503, EH504)", () => {
  it("rejects Object.assign and .startsWith inside an npm package, located in the package", async () => {
    const r = await build({
      ...npmPackage(
        "legacy",
        "exports.merge = function (a, b) { return Object.assign({}, a, b); };\nexports.isApi = function (p) { return p.startsWith('/api'); };\n",
      ),
      "triggers/t.ts": triggerSource(
        "t",
        ["DETECTION_UPDATE"],
        '// @ts-ignore\nimport * as legacy from "legacy";\ndebug(String(legacy.merge({}, {})) + legacy.isApi(Detection.title));',
      ),
    });
    expect(codes(r)).toEqual(expect.arrayContaining(["EH503", "EH504"]));
    expect(where(r, "EH503")).toBe("node_modules/legacy/index.js:1");
    expect(where(r, "EH504")).toBe("node_modules/legacy/index.js:2");
  });

  it("accepts an npm package written in ES5", async () => {
    const r = await build({
      ...npmPackage("old", "exports.isApi = function (p) { return p.indexOf('/api') === 0; };\n"),
      "triggers/t.ts": triggerSource(
        "t",
        ["DETECTION_UPDATE"],
        '// @ts-ignore\nimport { isApi } from "old";\ndebug(String(isApi(Detection.title)));',
      ),
    });
    expect(r.diagnostics).toEqual([]);
  });

  it("does not mistake the author's own method for an ES2015 one", async () => {
    const body =
      "const list = { includes(x: string): boolean { return x === 'a'; } };\ndebug(String(list.includes('a')));";
    const r = await build({ "triggers/t.ts": triggerSource("t", ["DETECTION_UPDATE"], body) });
    expect(r.diagnostics).toEqual([]);
  });

  it("does not treat Object.prototype names (toString, valueOf, constructor) as table entries", async () => {
    const body =
      "const n = 5;\ndebug(n.toString() + String(n.valueOf()) + String({}.constructor === Object) + hasOwnPropertyCheck());\nfunction hasOwnPropertyCheck(): string { return String(Object.prototype.hasOwnProperty.call({ a: 1 }, 'a')); }";
    const r = await build({ "triggers/t.ts": triggerSource("t", ["DETECTION_UPDATE"], body) });
    expect(r.diagnostics).toEqual([]);
  });

  it("rejects Promise, WeakMap and console reached from npm code", async () => {
    const r = await build({
      ...npmPackage(
        "modern",
        "exports.run = function () { var w = new WeakMap(); console.log(w); return Promise.resolve(1); };\n",
      ),
      "triggers/t.ts": triggerSource(
        "t",
        ["DETECTION_UPDATE"],
        '// @ts-ignore\nimport { run } from "modern";\nrun();',
      ),
    });
    const messages = r.diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "EH503 WeakMap is not available at the engine's language level",
        "EH503 console is not available on the ExtraHop engine",
        "EH503 Promise is not available on the ExtraHop engine",
      ]),
    );
  });

  it("lets typeof-guarded probes of optional globals through (UMD pattern)", async () => {
    const r = await build({
      ...npmPackage(
        "umd",
        "var hasMap = typeof Map !== 'undefined';\nexports.size = function (o) { return hasMap && typeof Map !== 'undefined' ? new Map().size : Object.keys(o).length; };\n",
      ),
      "triggers/t.ts": triggerSource(
        "t",
        ["DETECTION_UPDATE"],
        '// @ts-ignore\nimport { size } from "umd";\ndebug(String(size({})));',
      ),
    });
    expect(r.diagnostics).toEqual([]);
  });

  it("rejects AMD define in bundled code (EH510) and undeclared globals (EH502)", async () => {
    const r = await build({
      ...npmPackage(
        "loader",
        "exports.load = function () { return typeof window === 'undefined' ? define('x') : 0; };\nexports.other = function () { return somethingGlobal; };\n",
      ),
      "triggers/t.ts": triggerSource(
        "t",
        ["DETECTION_UPDATE"],
        '// @ts-ignore\nimport { load } from "loader";\nload();',
      ),
    });
    expect(codes(r)).toEqual(expect.arrayContaining(["EH510", "EH502"]));
  });
});

describe("first-party code is type-checked against lib es5 (EH300)", () => {
  it("rejects Promise and startsWith in trigger code, found by the type-check, reported once", async () => {
    const body = 'const p = Promise.resolve(1);\nif (Detection.title.startsWith("x")) debug(String(p));';
    const r = await build({ "triggers/t.ts": triggerSource("t", ["DETECTION_UPDATE"], body) });
    expect(r.diagnostics.map((d) => `${d.code}:${d.location?.line}`)).toEqual(["EH503:2", "EH504:3"]);
  });
});

describe("constructs that need missing built-ins (EH505–EH508)", () => {
  it.each([
    ["async function", "async function f(): Promise<number> { return 1; }\ndebug(String(f()));", "EH505"],
    ["generator", "// @ts-ignore\nfunction* g() { yield 1; }\ndebug(String(g()));", "EH506"],
    [
      "#private field",
      "class A { #x = 1; get(): number { return this.#x; } }\ndebug(String(new A().get()));",
      "EH507",
    ],
    ["sticky RegExp literal", '// @ts-ignore\ndebug(String(/a/y.test("a")));', "EH508"],
  ])("rejects a %s with a rewrite hint, at its TypeScript line", async (_what, body, code) => {
    const r = await build({ "triggers/t.ts": triggerSource("t", ["DETECTION_UPDATE"], body) });
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect(d!.hint.length).toBeGreaterThan(10);
    expect(d!.location?.file).toBe("triggers/t.ts");
    expect(d!.location?.line).toBeGreaterThanOrEqual(2);
  });

  it("finds every construct where it is written, even inside an iterated expression", async () => {
    const body = [
      "function each(f: () => unknown): number[] { f(); return [1]; }",
      "// @ts-ignore",
      "for (const x of each(async () => 1)) debug(String(x));",
      "// @ts-ignore",
      "const spread = [...each(function* () { yield 1; })];",
      "class P { #n = 1; static has(o: object): boolean { return #n in o; } read(): number { return this.#n; } }",
      "// @ts-ignore",
      "const big = 10n;",
      "// @ts-ignore",
      'const m = import(String("./x"));',
      "// @ts-ignore",
      "const u = import.meta;",
      "debug(String(spread) + String(P) + String(big) + String(m) + String(u));",
    ].join("\n");
    const r = await build({ "triggers/t.ts": triggerSource("t", ["DETECTION_UPDATE"], body) });
    const at = (code: string): number[] =>
      r.diagnostics
        .filter((d) => d.code === code && d.location?.file === "triggers/t.ts")
        .map((d) => d.location!.line);
    // triggerSource puts one line of config before the body
    expect(at("EH505")).toEqual([4]);
    expect(at("EH506")).toEqual([6]);
    expect(at("EH507")).toEqual([7]);
    expect(at("EH503")).toContain(9);
    expect(at("EH510")).toEqual([11, 13]);
    expect(r.ok).toBe(false);
  });

  it("rejects new RegExp with a unicode flag string", async () => {
    const r = await build({
      "triggers/t.ts": triggerSource(
        "t",
        ["DETECTION_UPDATE"],
        'debug(String(new RegExp("a", "u").test("a")));',
      ),
    });
    expect(where(r, "EH508")).toBe("triggers/t.ts:2");
  });

  it("lowers classes, spread, destructuring, for-of, template literals and optional chaining to ES5", async () => {
    const body = [
      "class Base { constructor(readonly n: number) {} twice(): number { return this.n * 2; } }",
      "class Sub extends Base { twice(): number { return super.twice() + 1; } }",
      "const [a, ...rest] = [1, 2, 3];",
      "const o = { a, ...{ b: rest.length } };",
      "let sum = 0; for (const x of rest) sum += x;",
      "const t = Detection.ticketId?.length ?? 0;",
      "debug(`${new Sub(a).twice()} ${o.b} ${sum} ${t}`);",
    ].join("\n");
    const r = await build({ "triggers/t.ts": triggerSource("t", ["DETECTION_UPDATE"], body) });
    expect(r.diagnostics).toEqual([]);
    expect(r.triggers[0]!.code).not.toMatch(/\bclass\b|=>|`|\?\.|\blet\b|\bconst\b/);
  });
});

describe("deprecated globals (EH509)", () => {
  it("names the replacement", async () => {
    const r = await build({
      "triggers/t.ts": triggerSource(
        "t",
        ["DETECTION_UPDATE"],
        "// @ts-ignore\ndebug(String(getTimestampMSec()));",
      ),
    });
    const d = r.diagnostics.find((x) => x.code === "EH509")!;
    expect(d.hint).toContain("getTimestamp()");
  });
});

describe("scripts compiled earlier and imported again", () => {
  it("recognises Babel helpers inside the wrapper function and still checks the code around them", async () => {
    const first = tempProject({
      "triggers/t.ts": triggerSource(
        "t",
        ["DETECTION_UPDATE"],
        "const o = { ...{ a: Detection.id }, b: 2 };\ndebug(JSON.stringify(o));",
      ),
    });
    const built = (await buildProject(first.project)).triggers[0]!.code;
    expect(built).toContain("Object.assign"); // the object-spread helper's guarded branch
    const wrapped = `// @ts-nocheck\nexport const trigger = { name: "again", events: ["DETECTION_UPDATE"] } satisfies TriggerConfig;\nfunction run() {\n${built}\n}\nrun();\n`;
    const again = await build({ "triggers/again.ts": wrapped });
    expect(again.diagnostics).toEqual([]);
    const withBug = await build({
      "triggers/again.ts": wrapped.replace("run();", "run();\ndebug(String(Array.from([1])));"),
    });
    expect(withBug.diagnostics.map((d) => d.code)).toEqual(["EH503"]);
  });
});

describe("implicit globals (EH512)", () => {
  it("warns once per name when legacy code assigns an undeclared variable, and still builds", async () => {
    const body = "count = 0;\nfor (i = 0; i < 3; i++) count += i;\ndebug(String(count));";
    const r = await build({
      "triggers/t.ts": "// @ts-nocheck\n" + triggerSource("t", ["DETECTION_UPDATE"], body),
    });
    expect(r.ok).toBe(true);
    expect(
      r.diagnostics.map((d) => `${d.code}:${d.severity}:${d.location?.line}:${d.message.split(" ")[0]}`),
    ).toEqual(["EH512:warning:3:count", "EH512:warning:4:i"]);
  });

  it("still rejects reading a name nobody declares or assigns (EH502)", async () => {
    const r = await build({
      "triggers/t.ts": "// @ts-nocheck\n" + triggerSource("t", ["DETECTION_UPDATE"], "debug(String(total));"),
    });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["EH502"]);
  });
});
