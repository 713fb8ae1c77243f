/**
 * Issue 11, item 10: output a person and the Triggers UI accept. Spread, for-of and array
 * destructuring lower to concat, apply and index loops (no iterator helpers); the few Babel
 * helpers that probe ES2015 built-ins have ES5 versions; feature probes of names the engine lacks
 * are folded; and the gate rejects any mention of such a name, even behind a guard (EH515).
 */
import { describe, expect, it } from "vitest";
import { buildProject } from "../../build/pipeline.ts";
import { PositionMapper } from "../../build/sourcemap.ts";
import { lowerModule } from "../../build/modules/lower-module.ts";
import { checkOutput } from "../../build/verify/output.ts";
import { compareEngines } from "../../simulated-engine/compare.ts";
import { logLines } from "../../simulated-engine/run.ts";
import { npmPackage, tempProject, triggerSource } from "../support/project.ts";

const ITERATOR_HELPERS = /_toConsumableArray|_createForOfIterator|_slicedToArray|_iterableToArray|_toArray\b/;
const NON_ES5_NAMES = /\b(Symbol|Reflect|Map|Set|WeakMap|Promise|Proxy)\b/;

async function buildOne(body: string, extra: Record<string, string> = {}) {
  const t = tempProject({ "triggers/t.ts": triggerSource("T", ["TIMER_30SEC"], body), ...extra });
  const result = await buildProject(t.project);
  expect(result.diagnostics).toEqual([]);
  const code = t.read("dist/t.js");
  const cmp = compareEngines("t", [["TIMER_30SEC"]], { root: t.root });
  expect(cmp.differences).toEqual([]);
  return { code, logs: logLines(cmp.vm[0]!), error: cmp.vm[0]!.error };
}

describe("spread, for-of and destructuring without iterator helpers", () => {
  it("arrays, strings and array-likes iterate as in ES2015, on both engines", async () => {
    const body = `function args(..._a: unknown[]): number[] { const out: number[] = []; for (const x of arguments as unknown as number[]) out.push(x); return out; }
const fromEngine: string[] = JSON.parse('["a","b"]');
const joined = [...fromEngine, "c", ...["d"]];
let chars = "";
for (const ch of "xyz") chars += ch + ".";
const [first, ...rest] = fromEngine;
// lib es5 rejects destructuring and spreading a string (TS2461); untyped code may still do it.
const [p, q] = "pq" as unknown as string[];
const spreadString = [...("hi" as unknown as string[])];
const max = Math.max(...[3, 9, 4]);
log([joined.join(""), chars, first, rest.join(""), p + q, spreadString.join("|"), max, args(1, 2).join("+")].join(" "));`;
    const { code, logs } = await buildOne(body);
    expect(logs).toEqual(["abcd x.y.z. a b pq h|i 9 1+2"]);
    expect(code).not.toMatch(ITERATOR_HELPERS);
    expect(code).not.toMatch(NON_ES5_NAMES);
  });

  it("iteration inside an iterated expression is made safe too (f(...g(...s)))", async () => {
    const body = `function g(...xs: string[]): string[] { return xs; }
function f(...xs: string[]): string { return xs.join("-"); }
const s: any = "ab";
log(f(...g(...s)) + " " + [...g(...s, "c")].length);`;
    const { code, logs } = await buildOne(body);
    expect(logs).toEqual(["a-b 3"]);
    expect(code).not.toMatch(ITERATOR_HELPERS);
  });

  it("values proven to be arrays need no helper at all", async () => {
    const body = `const a = [1, 2];
const b = [...a, 3];
let sum = 0;
for (const x of b.map((n) => n * 2)) sum += x;
const [h, ...t] = b.slice(0);
log(sum + " " + h + " " + t.length + " " + Math.max(...b));`;
    const { code, logs } = await buildOne(body);
    expect(logs).toEqual(["12 1 2 3"]);
    expect(code).not.toContain("ehtrig_arrayOf");
  });

  it("a name destructured out of an array literal is not taken for the array itself", async () => {
    // The declarator's init is an array literal, but `word` is its first element: a string.
    const body = `const [word] = [JSON.parse('"abc"') as string];
const [w0, w1] = word as unknown as string[];
log([...(word as unknown as string[])].join("|") + " " + w0 + w1);`;
    const { logs } = await buildOne(body);
    expect(logs).toEqual(["a|b|c ab"]);
  });

  it("iterating a value that is not iterable throws the TypeError ES2015 throws", async () => {
    const { error } = await buildOne(`const n: any = 5;\nfor (const x of n) debug(String(x));`);
    expect(error).toMatchObject({ name: "TypeError", message: "5 is not iterable" });
  });
});

describe("no mention of a name the engine lacks", () => {
  it("classes that extend built-ins and use computed keys get ES5 helpers", async () => {
    const body = `class HttpError extends Error { constructor(readonly status: number) { super("status " + status); } }
const key = "k";
class Box { [key] = 1; static make(): Box { return new Box(); } }
let ok = "";
try { throw new HttpError(503); } catch (e) { ok = (e as HttpError).message + " " + (e as HttpError).status; }
log(ok + " " + (Box.make() as any).k);`;
    const t = tempProject({ "triggers/t.ts": triggerSource("T", ["TIMER_30SEC"], body) });
    const result = await buildProject(t.project);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const code = t.read("dist/t.js");
    expect(code).not.toMatch(NON_ES5_NAMES);
    const cmp = compareEngines("t", [["TIMER_30SEC"]], { root: t.root });
    expect(cmp.differences).toEqual([]);
    expect(logLines(cmp.vm[0]!)).toEqual(["status 503 503 1"]);
  });

  it("feature probes in npm code are folded away", async () => {
    const { code, logs } = await buildOne(
      '// @ts-ignore\nimport { size } from "umd";\nlog(String(size({ a: 1 })));',
      npmPackage(
        "umd",
        "var hasMap = typeof Map !== 'undefined';\nexports.size = function (o) { return hasMap && typeof Map !== 'undefined' ? new Map().size : Object.keys(o).length; };\n",
      ),
    );
    expect(logs).toEqual(["1"]);
    expect(code).not.toMatch(NON_ES5_NAMES);
  });

  it("a probe of a global the script assigns itself is a real question and stays", async () => {
    const contents =
      'if (typeof counter === "undefined") counter = 0;\ncounter++;\nvar s = [1].concat([2]);\n';
    const out = await lowerModule({
      path: "/p/legacy.js",
      root: "/p",
      contents,
      loader: "js",
      allowed: [],
      ponyfilled: [],
    });
    expect(out.code).toContain('typeof counter === "undefined"');
  });

  it("the gate rejects a guarded mention or one inside a helper (EH515)", () => {
    const script = [
      'function _probe() { return typeof Symbol !== "undefined" ? Symbol.iterator : "@@iterator"; }',
      "(function () {",
      '  var p = typeof Promise !== "undefined" && Promise.resolve(1);',
      "  debug(String(p) + _probe());",
      "})();",
    ].join("\n");
    const map = JSON.stringify({ version: 3, sources: ["t.ts"], names: [], mappings: "AAAA" });
    const problems = checkOutput({
      code: script,
      mapper: new PositionMapper(map, "/p/dist", "/p"),
      trigger: "t",
      events: ["TIMER_30SEC"],
    });
    expect(problems.map((d) => `${d.code} ${d.message.split(",")[0]}`)).toEqual([
      "EH515 the script mentions Symbol",
      "EH515 the script mentions Promise",
    ]);
  });
});
