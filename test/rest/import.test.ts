/**
 * Issue 11, items 3–4: `ehtrig import` decides by content, refuses before writing anything that
 * would leave the project unable to build, validates field types, escapes file names, and lists
 * what a bundle carries that import leaves behind.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkProject } from "../../build/index.ts";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { loadTrigger } from "../../simulated-engine/load.ts";
import { logLines } from "../../simulated-engine/run.ts";
import { tempProject, triggerSource, type TempProject } from "../support/project.ts";

async function cli(p: TempProject, args: string[]) {
  const io = memoryIo(p.root);
  const code = await main(args, io);
  return { code, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
}

const SCRIPT = 'if (!Detection.id) return;\ndebug("detection " + Detection.id);\n';

const entry = (over: Record<string, unknown> = {}) => ({
  apply_all: false,
  author: "",
  comment: "",
  debug: false,
  disabled: false,
  events: '["DETECTION_UPDATE"]',
  hints: "{}",
  name: "One",
  script: SCRIPT,
  ...over,
});

const bundle = (triggers: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    ".meta": { name: "b", comment: "", created: 0, version: "26.2", version_min: "" },
    Trigger: triggers,
    ...extra,
  });

const triggerFiles = (p: TempProject) => readdirSync(join(p.root, "triggers")).sort();

describe("import decides by content", () => {
  it("a .json file that holds a script imports as a script", async () => {
    const p = tempProject({});
    writeFileSync(join(p.root, "legacy.json"), SCRIPT);
    const r = await cli(p, ["import", "legacy.json", "--name", "Legacy", "--events", "DETECTION_UPDATE"]);
    expect(r.code, r.stderr).toBe(0);
    expect(p.read("triggers/legacy.ts")).toContain(SCRIPT.trim());
    expect((await cli(p, ["build"])).code).toBe(0);
  });

  it("a bundle of one trigger takes --name and --events; a bundle of several refuses them", async () => {
    const p = tempProject({});
    writeFileSync(join(p.root, "one.json"), bundle([entry()]));
    const one = await cli(p, ["import", "one.json", "--name", "Renamed", "--events", "TIMER_30SEC"]);
    expect(one.code, one.stderr).toBe(0);
    expect(p.read("triggers/renamed.ts")).toContain('name: "Renamed",\n  events: ["TIMER_30SEC"],');
    writeFileSync(join(p.root, "two.json"), bundle([entry({ name: "A" }), entry({ name: "B" })]));
    const two = await cli(p, ["import", "two.json", "--name", "X"]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("EH775");
    expect(triggerFiles(p)).toEqual(["renamed.ts"]);
  });

  it("a hand-written top-level return gets the hint to wrap the body in a function", async () => {
    const p = tempProject({
      "triggers/r.ts": triggerSource("R", ["DETECTION_UPDATE"], "if (!Detection.id) return;"),
    });
    const r = await checkProject(p.project, []);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) expect(d.hint).toMatch(/function/);
  });
});

describe("import never leaves a project that does not build, and never writes half a result", () => {
  it("reports every refusal at once and writes nothing", async () => {
    const p = tempProject({ "triggers/mine.ts": triggerSource("Mine", ["DETECTION_UPDATE"], "") });
    writeFileSync(
      join(p.root, "b.json"),
      bundle([
        entry({ name: "Dup" }),
        entry({ name: "Dup" }),
        entry({ name: "Mine" }),
        entry({ name: "Events", events: '["HTTP_REQUST", "HTTP_RESPONSE", "HTTP_RESPONSE"]' }),
        entry({ name: "x".repeat(300) }),
        entry({ name: "Html", script: "<!-- old style\ndebug('x');\n" }),
      ]),
    );
    const r = await cli(p, ["import", "b.json", "--json"]);
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(codes.sort()).toEqual(["EH772", "EH776", "EH776", "EH777", "EH777", "EH778", "EH779"]);
    expect(r.stdout).toContain("did you mean HTTP_REQUEST");
    expect(triggerFiles(p)).toEqual(["mine.ts"]);
  });

  it("validates field types: a string 'true' is not a boolean, a list is not a comment", async () => {
    const p = tempProject({});
    writeFileSync(
      join(p.root, "b.json"),
      bundle([entry({ disabled: "true" }), entry({ name: "Two", comment: ["x"] })]),
    );
    const r = await cli(p, ["import", "b.json", "--json"]);
    expect(r.code).toBe(1);
    const messages = JSON.parse(r.stdout).diagnostics.map(
      (d: { code: string; message: string }) => `${d.code} ${d.message}`,
    );
    expect(messages).toEqual([
      'EH780 b.json: Trigger[0]: "disabled" must be true or false, not "true"',
      'EH780 b.json: Trigger[1]: "comment" must be a string, not ["x"]',
    ]);
    expect(triggerFiles(p)).toEqual([]);
  });

  it("a file name never reaches generated code unescaped", async () => {
    const p = tempProject({});
    const name = 'x\ndebug("INJECTED")\n.js';
    writeFileSync(join(p.root, name), 'debug("original");\n');
    const r = await cli(p, ["import", name, "--name", "Inj", "--events", "TIMER_30SEC"]);
    expect(r.code, r.stderr).toBe(0);
    expect(p.read("triggers/inj.ts").split("\n")[0]).toContain('\\ndebug(\\"INJECTED\\")\\n.js');
    expect((await cli(p, ["build"])).code).toBe(0);
    const run = loadTrigger("inj", { root: p.root, debug: true }).fire("TIMER_30SEC");
    expect(logLines(run)).toEqual(["original"]);
  });

  it("lists what the bundle carries that import does not bring", async () => {
    const p = tempProject({});
    writeFileSync(
      join(p.root, "b.json"),
      bundle([entry({ author: "jane@example.com" })], {
        Dashboard: [{ name: "d" }],
        DeviceGroup: [{}, {}],
        Alert: [],
      }),
    );
    const r = await cli(p, ["import", "b.json", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.notes).toEqual([
      "b.json also holds Dashboard (1 item(s)), which import does not bring into the project",
      "b.json also holds DeviceGroup (2 item(s)), which import does not bring into the project",
    ]);
    expect(out.triggers[0].notes[0]).toContain('the author "jane@example.com"');
    expect(existsSync(join(p.root, "triggers/one.ts"))).toBe(true);
  });
});
