/**
 * Issue 11, items 1–2: the engine language level is one setting in ehtrig.config.json, read by
 * the type-check, the gate, the harness's vm context and the second engine; ponyfills let strict
 * ES5 projects write the common modern calls.
 */
import { parse } from "acorn";
import { describe, expect, it } from "vitest";
import { buildProject } from "../../build/pipeline.ts";
import { compareEngines } from "../../simulated-engine/compare.ts";
import { logLines } from "../../simulated-engine/run.ts";
import { KNOWN_BUILTINS } from "../../build/engine/builtins/declarations.ts";
import { LEVELS } from "../../build/engine/language.ts";
import schema from "../../build/project/config.schema.json" with { type: "json" };
import { readFileSync } from "node:fs";
import { CONFIG, REPO, tempProject, triggerSource } from "../support/project.ts";

/** ExtraHop-published code, as the issue quotes it: commitRecord example, session-expire, NEW_DEVICE, VLAN monitor. */
const EXTRAHOP_STYLE = triggerSource(
  "Modern",
  ["TIMER_30SEC"],
  `const rec = Object.assign({ a: 1 }, { b: 2 });
const seen = new Map<string, number>();
seen.set("x", Math.trunc(4.7));
const vlans = new Set<number>([1, 2, 2]);
const uri = "/api/v1/x";
log(JSON.stringify(rec) + " " + seen.get("x") + " " + vlans.size + " " + uri.startsWith("/api") + " " + uri.includes("v1"));`,
);

const withEngine = (engine: object) => ({ ...CONFIG, engine });

async function build(files: Record<string, string>, engine?: object) {
  const t = tempProject(files, engine ? withEngine(engine) : CONFIG);
  const result = await buildProject(t.project);
  return { t, result, codes: result.diagnostics.map((d) => d.code) };
}

describe("engine language level", () => {
  it("the default is strict ES5: ExtraHop's ES2015 calls are rejected", async () => {
    const { result, codes } = await build({ "triggers/m.ts": EXTRAHOP_STYLE });
    expect(result.ok).toBe(false);
    expect(codes).toEqual(expect.arrayContaining(["EH503", "EH504"]));
  });

  it("the extrahop-es2015 profile builds them, the output stays ES5 syntax, and both engines run it alike", async () => {
    const { t, result } = await build({ "triggers/m.ts": EXTRAHOP_STYLE }, { language: "extrahop-es2015" });
    expect(result.diagnostics).toEqual([]);
    const code = t.read("dist/m.js");
    expect(() => parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    const cmp = compareEngines("m", [["TIMER_30SEC"]], { root: t.root });
    expect(cmp.differences).toEqual([]);
    expect(logLines(cmp.vm[0]!)).toEqual(['{"a":1,"b":2} 4 2 true true']);
  });

  it("a project may remove a built-in of the profile, or add one to strict ES5", async () => {
    const removed = await build(
      { "triggers/m.ts": EXTRAHOP_STYLE },
      { language: "extrahop-es2015", remove: ["Map"] },
    );
    expect(removed.result.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      "EH503 Map is not available at the engine's language level",
    ]);
    const added = await build(
      { "triggers/f.ts": triggerSource("F", ["TIMER_30SEC"], "log(String([1, 2, 3].find((x) => x > 1)));") },
      { add: ["Array#find"] },
    );
    expect(added.result.diagnostics).toEqual([]);
    const cmp = compareEngines("f", [["TIMER_30SEC"]], { root: added.t.root });
    expect(cmp.differences).toEqual([]);
    expect(logLines(cmp.vm[0]!)).toEqual(["2"]);
  });

  it("the harness's vm context has exactly the allowed built-ins", async () => {
    const probe = triggerSource(
      "Probe",
      ["TIMER_30SEC"],
      // Computed access: probing what the engine has, past the gate.
      `log([typeof Map, typeof Set, typeof Object.assign, typeof (Object as any)["entries"], typeof (Array.prototype as any)["find"]].join(","));`,
    );
    const { t, result } = await build({ "triggers/p.ts": probe }, { language: "extrahop-es2015" });
    expect(result.diagnostics).toEqual([]);
    const cmp = compareEngines("p", [["TIMER_30SEC"]], { root: t.root });
    expect(cmp.differences).toEqual([]);
    expect(logLines(cmp.vm[0]!)).toEqual(["function,function,function,undefined,undefined"]);
  });

  it("the config schema, the declarations and the docs name the same built-ins", () => {
    const engine = schema.properties.engine.properties;
    expect(engine.add.items.enum).toEqual(KNOWN_BUILTINS);
    expect(engine.remove.items.enum).toEqual(KNOWN_BUILTINS);
    const doc = readFileSync(`${REPO}/docs/language-level.md`, "utf8");
    for (const b of LEVELS["extrahop-es2015"]) expect(doc).toMatch(new RegExp(`\\| \`${b}\` +\\| \\S`));
  });

  it("an unknown built-in in engine.add is a config error at the item", async () => {
    expect(() => tempProject({}, withEngine({ add: ["Map", "Array#frobnicate"] }))).toThrow(
      /engine\.add\[1\]/,
    );
  });
});

describe("ponyfills (engine.ponyfills: true)", () => {
  const body = `const a = [3, 4, 5];
const s = "abc";
log([
  JSON.stringify(Object.assign({}, { x: 1 }, null, { y: 2 })),
  s.startsWith("ab"), s.startsWith("b", 1), s.endsWith("bc"), s.endsWith("a", 1),
  s.includes("bc"), a.includes(4), a.includes(9), [NaN].includes(NaN),
  "ab".repeat(3), "7".padStart(3, "0"), "7".padStart(1),
  a.find((x) => x > 3), a.findIndex((x) => x > 3), a.findIndex((x) => x > 9),
  JSON.stringify(Array.from(a)), JSON.stringify(Array.from("hi")), JSON.stringify(Array.from({ length: 2, 0: "p", 1: "q" })),
  Math.trunc(-4.7), Math.sign(-3), Math.sign(0),
  Number.isInteger(5), Number.isInteger(5.5), Number.isNaN(NaN), Number.isNaN("x"),
].join(" "));`;
  const expected =
    '{"x":1,"y":2} true true true true true true false true ababab 007 7 4 1 -1 [3,4,5] ["h","i"] ["p","q"] -4 -1 0 true false true false';

  it("strict ES5 with ponyfills builds modern calls into inlined ES5 that both engines run correctly", async () => {
    const { t, result } = await build(
      { "triggers/p.ts": triggerSource("P", ["TIMER_30SEC"], body) },
      { ponyfills: true },
    );
    expect(result.diagnostics).toEqual([]);
    const code = t.read("dist/p.js");
    expect(code).toContain("function _ehtrig_Object_assign(");
    expect(code).not.toMatch(/\.startsWith\(|Object\.assign\(/);
    const cmp = compareEngines("p", [["TIMER_30SEC"]], { root: t.root });
    expect(cmp.differences).toEqual([]);
    expect(logLines(cmp.vm[0]!)).toEqual([expected]);
  });

  it("a method of the author's own object keeps working under the rewrite", async () => {
    const own = `const finder = { find: (n: number) => n * 2 };\nlog(String(finder.find(21)));`;
    const { t, result } = await build(
      { "triggers/o.ts": triggerSource("O", ["TIMER_30SEC"], own) },
      { ponyfills: true },
    );
    expect(result.ok).toBe(true);
    const cmp = compareEngines("o", [["TIMER_30SEC"]], { root: t.root });
    expect(logLines(cmp.vm[0]!)).toEqual(["42"]);
  });

  it("ponyfills are off by default", async () => {
    const { codes } = await build({ "triggers/p.ts": triggerSource("P", ["TIMER_30SEC"], body) });
    expect(codes).toContain("EH504");
  });
});
