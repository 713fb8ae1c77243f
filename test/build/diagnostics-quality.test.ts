/**
 * Issue 11, items 5, 6 and 8: one broken trigger never hides the others; one report per problem
 * with a hint written for its code, a code frame and a real location; exit codes as documented.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkProject } from "../../build/index.ts";
import { buildProject } from "../../build/pipeline.ts";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { inlineTrigger } from "../support/inline-trigger.ts";
import { tempProject, triggerSource } from "../support/project.ts";

async function run(cwd: string, ...argv: string[]) {
  const io = memoryIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

const TYPE_ERROR = triggerSource("Good", ["DETECTION_UPDATE"], 'const n: number = "x";\ndebug("n " + n);');
const BROKEN = triggerSource("Broken", ["DETECTION_UPDATE"], 'debug("x" +;');

describe("one broken trigger never hides the others", () => {
  it("check of a named trigger reports exactly that trigger's problems", async () => {
    const t = tempProject({ "triggers/good.ts": TYPE_ERROR, "triggers/broken.ts": BROKEN });
    const r = await checkProject(t.project, ["good"]);
    expect(r.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line])).toEqual([
      ["EH300", "triggers/good.ts", 2],
    ]);
    expect(r.diagnostics[0]!.message).toMatch(/^TS2322/);
  });

  it("a full build reports every trigger's problems, type errors included", async () => {
    const t = tempProject({ "triggers/good.ts": TYPE_ERROR, "triggers/broken.ts": BROKEN });
    const r = await buildProject(t.project, { write: false });
    const seen = r.diagnostics.map((d) => `${d.code} ${d.location?.file}:${d.location?.line}`);
    expect(seen).toContain("EH400 triggers/broken.ts:2");
    expect(seen).toContain("EH300 triggers/good.ts:2");
  });

  it("a broken module hides no error of the triggers that do not import it", async () => {
    const t = tempProject({
      "triggers/lib/broken.ts": "export function f(: number {}\n",
      "triggers/uses.ts": triggerSource(
        "Uses",
        ["DETECTION_UPDATE"],
        'import { f } from "./lib/broken";\nf();',
      ),
      "triggers/good.ts": TYPE_ERROR,
    });
    const r = await buildProject(t.project, { write: false });
    const seen = r.diagnostics.map((d) => `${d.code} ${d.location?.file}:${d.location?.line}`);
    expect(seen).toContain("EH300 triggers/good.ts:2");
    // The syntax error is reported once, where it is, with the bundler's words; nothing is said
    // of the importer's types until the module parses.
    expect(seen.filter((s) => s.includes("broken.ts:1"))).toEqual(["EH400 triggers/lib/broken.ts:1"]);
    expect(r.diagnostics.find((d) => d.code === "EH400")!.message).toBe('Expected identifier but found ":"');
    expect(seen.filter((s) => s.includes("uses.ts"))).toEqual([]);
  });

  it("a broken module imported beside a package loaded for its side effects hides no other trigger's errors", async () => {
    const t = tempProject({
      "node_modules/setup-x/package.json": JSON.stringify({ name: "setup-x", main: "index.js" }),
      "node_modules/setup-x/index.js": "var ready = true;\n",
      "node_modules/setup-x/index.d.ts": "export {};\n",
      "triggers/lib/broken.ts": "export function f(: number {}\n",
      "triggers/uses.ts": triggerSource(
        "Uses",
        ["DETECTION_UPDATE"],
        'import "setup-x";\nimport { f } from "./lib/broken";\nf();',
      ),
      "triggers/good.ts": TYPE_ERROR,
    });
    const r = await buildProject(t.project, { write: false });
    const seen = r.diagnostics.map((d) => `${d.code} ${d.location?.file}:${d.location?.line}`);
    expect(seen).toContain("EH300 triggers/good.ts:2");
  });

  it("a broken file that declares globals gives their users no errors that are not theirs", async () => {
    const t = tempProject({
      "triggers/lib/globals.ts":
        "declare global {\n  interface Ticket { id: string }\n}\nexport const x = (;\n",
      "triggers/uses.ts": triggerSource(
        "Uses",
        ["DETECTION_UPDATE"],
        'const t: Ticket = { id: "1" };\ndebug(t.id);',
      ),
    });
    const r = await buildProject(t.project, { write: false });
    const seen = r.diagnostics.map((d) => `${d.code} ${d.location?.file}:${d.location?.line}`);
    expect(seen).toEqual(["EH300 triggers/lib/globals.ts:4"]);
  });

  it("the broken trigger named alone still gets its syntax error", async () => {
    const t = tempProject({ "triggers/good.ts": TYPE_ERROR, "triggers/broken.ts": BROKEN });
    const r = await checkProject(t.project, ["broken"]);
    expect(r.diagnostics.map((d) => d.code)).toContain("EH400");
    expect(r.diagnostics.every((d) => d.location?.file === "triggers/broken.ts")).toBe(true);
  });
});

describe("every diagnostic earns its place", () => {
  it("an ES2015 built-in is reported once, with ehtrig's advice instead of TypeScript's", async () => {
    const t = tempProject({
      "triggers/a.ts": triggerSource(
        "A",
        ["DETECTION_UPDATE"],
        'debug(JSON.stringify(Object.assign({}, { a: 1 })) + "ab".startsWith("a"));\nconsole.log(1);',
      ),
    });
    const r = await checkProject(t.project, []);
    const lines = r.diagnostics.map((d) => `${d.code}:${d.location?.line}`);
    expect(lines.filter((l) => l === "EH503:2")).toHaveLength(1);
    expect(lines.filter((l) => l === "EH504:2")).toHaveLength(1);
    expect(lines.filter((l) => l === "EH503:3")).toHaveLength(1);
    expect(r.diagnostics.some((d) => d.code === "EH300")).toBe(false);
    const text = r.diagnostics.map((d) => `${d.message} ${d.hint}`).join("\n");
    expect(text).not.toMatch(/lib' compiler option|target library/);
    expect(r.diagnostics.find((d) => d.location?.line === 3)!.hint).toContain("debug() or log()");
    expect(r.diagnostics.find((d) => d.code === "EH503")!.hint).toContain('"ponyfills": true');
  });

  it("TypeScript errors get a hint written for their code", async () => {
    const t = tempProject({ "triggers/good.ts": TYPE_ERROR });
    const [d] = (await checkProject(t.project, [])).diagnostics;
    expect(d!.hint).toBe("Give the value the declared type, or widen the declaration.");
  });

  it("human output shows the source line with a caret under the column", async () => {
    const t = tempProject({ "triggers/good.ts": TYPE_ERROR });
    const r = await run(t.root, "check");
    expect(r.err).toContain(
      'triggers/good.ts:2:7 error EH300 [good]\n  2 | const n: number = "x";\n    |       ^',
    );
  });

  it("a generator's missing iterator types never come without a location", async () => {
    const t = tempProject({
      "triggers/g.ts": triggerSource(
        "G",
        ["DETECTION_UPDATE"],
        "function* g() { yield 1; }\ndebug(String(g));",
      ),
    });
    const r = await checkProject(t.project, []);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.filter((d) => !d.location)).toEqual([]);
  });

  it("config errors point at the field, JSON syntax errors at the character", async () => {
    const t = tempProject({ "triggers/good.ts": TYPE_ERROR });
    t.write("ehtrig.config.json", '{\n  "targets": {\n    "x": { "type": "ftp" }\n  }\n}\n');
    const bad = JSON.parse((await run(t.root, "check", "--json")).out);
    expect(bad.diagnostics[0]).toMatchObject({ code: "EH101", location: { line: 3, column: 12 } });
    t.write("ehtrig.config.json", '{\n  "targets": {},\n}\n');
    const syntax = JSON.parse((await run(t.root, "check", "--json")).out);
    expect(syntax.diagnostics[0]).toMatchObject({ code: "EH101", location: { line: 3, column: 1 } });
  });

  it("a missing tsconfig.json is named as such", async () => {
    const t = tempProject({ "triggers/good.ts": TYPE_ERROR });
    rmSync(join(t.root, "tsconfig.json"));
    const r = await checkProject(t.project, []);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["EH106"]);
    expect(r.diagnostics[0]!.location).toMatchObject({ file: "tsconfig.json" });
  });

  it("did you mean: event names in `new` and in the harness's fire", async () => {
    const t = tempProject({});
    const r = await run(t.root, "new", "x", "--event", "HTTP_REQUST");
    expect(r.err).toContain("did you mean HTTP_REQUEST");
    // @ts-expect-error -- a misspelled event does not type-check either
    expect(() => inlineTrigger("", ["HTTP_REQUEST"]).fire("http_request_x")).toThrow(
      /did you mean HTTP_REQUEST/,
    );
  });
});

describe("exit codes as documented (0 ok, 1 the user's code or input, 2 usage)", () => {
  it("`new` with an invalid id is a usage error", async () => {
    const t = tempProject({});
    expect((await run(t.root, "new", "Foo_Bar", "--event", "HTTP_REQUEST")).code).toBe(2);
  });

  it("`map` with a position that is not a number is a usage error", async () => {
    const t = tempProject({});
    expect((await run(t.root, "map", "x", "abc")).code).toBe(2);
  });

  it("`sim --port 99999` says out of range", async () => {
    const t = tempProject({});
    const r = await run(t.root, "sim", "--port", "99999");
    expect(r.code).toBe(2);
    expect(r.err).toContain("out of range");
  });
});
