import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";
import { tempProject, triggerSource, type TempProject } from "../support/project.ts";

let sim: SimulatedAppliance | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function cli(p: TempProject, args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = memoryIo(p.root, env);
  const code = await main(args, io);
  return { code, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
}

// Trigger scripts as they exist on appliances: top-level return, var, function declarations,
// a string spanning lines with a backslash continuation.
const SLOW_HTTP = [
  "// Logs slow HTTP responses",
  "var threshold = 500;",
  "if (HTTP.processingTime < threshold) {",
  "  return;",
  "}",
  "function label(uri) {",
  '  return uri.length > 12 ? uri.substring(0, 12) + "..." : uri;',
  "}",
  'var note = "slow \\',
  'response";',
  'debug(note + ": " + label(HTTP.uri) + " " + HTTP.processingTime);',
].join("\n");

const RISKY = [
  "if (Detection.riskScore === null) return;",
  "var level;",
  "switch (true) {",
  "  case Detection.riskScore >= 80: level = 'high'; break;",
  "  case Detection.riskScore >= 30: level = 'medium'; break;",
  "  default: level = 'low';",
  "}",
  "debug(Detection.id + ' ' + level);",
].join("\n");

const EXPORT = {
  ".meta": {
    comment: "exported",
    created: 1775517882,
    name: "Legacy",
    version: "26.2.0.1855",
    version_min: "",
  },
  Trigger: [
    {
      apply_all: false,
      author: "someone@example.com",
      comment: "Slow responses",
      debug: true,
      disabled: false,
      events: '["HTTP_RESPONSE"]',
      hints: "{}",
      name: "Slow HTTP",
      script: SLOW_HTTP,
    },
    {
      apply_all: false,
      author: "someone@example.com",
      comment: "",
      debug: false,
      disabled: true,
      events: '["DETECTION_UPDATE"]',
      hints: "{}",
      name: "Risky detections",
      script: RISKY,
    },
  ],
};

/** Runs a script the way the engine does (a function body) with the given globals; returns debug output. */
function runScript(code: string, globals: Record<string, unknown>, asBody: boolean): string[] {
  const out: string[] = [];
  const ctx = vm.createContext({ ...globals, debug: (m: unknown) => out.push(String(m)) });
  vm.runInContext(asBody ? `(function () {\n${code}\n})();` : code, ctx);
  return out;
}

const HTTP_CASES = [
  { HTTP: { processingTime: 100, uri: "/fast" } },
  { HTTP: { processingTime: 900, uri: "/a/very/long/path/here" } },
  { HTTP: { processingTime: 500, uri: "/edge" } },
];
const DETECTION_CASES = [null, 10, 30, 79, 80, 99].map((riskScore, i) => ({
  Detection: { id: 100 + i, riskScore },
}));

describe("import", () => {
  it("turns an exported bundle into triggers that build and behave the same", async () => {
    const p = tempProject({});
    writeFileSync(join(p.root, "legacy.json"), JSON.stringify(EXPORT));
    const imported = await cli(p, ["import", "legacy.json", "--json"]);
    expect(imported.code).toBe(0);
    const authorNote = (name: string) =>
      `"${name}" has the author "someone@example.com" in legacy.json; deployed triggers get the project's author ("ehtrig")`;
    expect(JSON.parse(imported.stdout).triggers).toEqual([
      { id: "slow-http", name: "Slow HTTP", file: "triggers/slow-http.ts", notes: [authorNote("Slow HTTP")] },
      {
        id: "risky-detections",
        name: "Risky detections",
        file: "triggers/risky-detections.ts",
        notes: [authorNote("Risky detections")],
      },
    ]);
    const source = p.read("triggers/slow-http.ts");
    expect(source).toContain(
      '  name: "Slow HTTP",\n  events: ["HTTP_RESPONSE"],\n  description: "Slow responses",\n  debug: true,',
    );
    expect(source).toContain(SLOW_HTTP); // byte for byte

    const built = await cli(p, ["build", "--json"]);
    expect(built.code, built.stdout + built.stderr).toBe(0);
    const manifest = JSON.parse(p.read("dist/manifest.json"));
    expect(
      manifest.triggers.map(
        (t: { name: string; events: string[]; debug: boolean; disabled: boolean; description: string }) => [
          t.name,
          t.events,
          t.debug,
          t.disabled,
          t.description,
        ],
      ),
    ).toEqual([
      ["Risky detections", ["DETECTION_UPDATE"], false, true, ""],
      ["Slow HTTP", ["HTTP_RESPONSE"], true, false, "Slow responses"],
    ]);
    const slow = p.read("dist/slow-http.js");
    const risky = p.read("dist/risky-detections.js");
    for (const g of HTTP_CASES) expect(runScript(slow, g, false)).toEqual(runScript(SLOW_HTTP, g, true));
    for (const g of DETECTION_CASES) expect(runScript(risky, g, false)).toEqual(runScript(RISKY, g, true));
    expect(runScript(slow, HTTP_CASES[1], false)).toEqual(["slow response: /a/very/long... 900"]);
  }, 60_000);

  it("imports a plain .js trigger with the name and events given", async () => {
    const p = tempProject({});
    writeFileSync(join(p.root, "slow.js"), SLOW_HTTP);
    const missing = await cli(p, ["import", "slow.js"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("EH774");
    const r = await cli(p, ["import", "slow.js", "--name", "Slow HTTP", "--events", "HTTP_RESPONSE"]);
    expect(r.code).toBe(0);
    expect(p.read("triggers/slow-http.ts")).toContain('events: ["HTTP_RESPONSE"]');
  });

  it("says when a bundle trigger ran on all devices (apply_all), which deploy does not recreate", async () => {
    const p = tempProject({});
    const all = { ...EXPORT, Trigger: [{ ...EXPORT.Trigger[0], apply_all: true }, EXPORT.Trigger[1]] };
    writeFileSync(join(p.root, "all.json"), JSON.stringify(all));
    const r = await cli(p, ["import", "all.json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('"Slow HTTP" applies to all devices (apply_all)');
    expect(r.stderr).not.toContain('"Risky detections" applies to all devices');
    const q = tempProject({});
    writeFileSync(join(q.root, "all.json"), JSON.stringify(all));
    const j = JSON.parse((await cli(q, ["import", "all.json", "--json"])).stdout);
    expect(
      j.triggers.map((t: { notes: string[] }) => t.notes.filter((n) => n.includes("apply_all")).length),
    ).toEqual([1, 0]);
  });

  it("never overwrites an existing file, and reports syntax errors with their line", async () => {
    const p = tempProject({ "triggers/slow-http.ts": "// mine\n" });
    writeFileSync(join(p.root, "legacy.json"), JSON.stringify(EXPORT));
    const r = await cli(p, ["import", "legacy.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("EH772");
    expect(p.read("triggers/slow-http.ts")).toBe("// mine\n");
    expect(() => p.read("triggers/risky-detections.ts")).toThrow(); // nothing written at all

    const broken = { ...EXPORT, Trigger: [{ ...EXPORT.Trigger[1], name: "Broken", script: "var x = ;\n" }] };
    writeFileSync(join(p.root, "broken.json"), JSON.stringify(broken));
    const b = await cli(p, ["import", "broken.json"]);
    expect(b.stderr).toContain("EH773");
    expect(b.stderr).toContain("broken.json:1:9");
  });
});

describe("bundle", () => {
  const files = {
    "triggers/errors.ts": triggerSource(
      "HTTP errors",
      ["HTTP_RESPONSE"],
      'if (HTTP.statusCode >= 500) debug("5xx");',
    ),
    "triggers/detections.ts":
      'export const trigger = { name: "Detections", events: ["DETECTION_UPDATE"], description: "log them", hints: {} } satisfies TriggerConfig;\ndebug("d " + Detection.id);\n',
  };

  it("writes ExtraHop's bundle format, deterministically", async () => {
    const p = tempProject(files, { author: "secops", targets: {} });
    expect((await cli(p, ["build"])).code).toBe(0);
    const r = await cli(p, ["bundle", "--name", "SecOps triggers"], { SOURCE_DATE_EPOCH: "1775517882" });
    expect(r.code).toBe(0);
    const text = p.read("dist/bundle.json");
    const bundle = JSON.parse(text);
    expect(Object.keys(bundle)).toEqual([".meta", "Trigger"]);
    expect(bundle[".meta"]).toEqual({
      comment: "2 trigger(s) built by ehtrig 0.1.0",
      created: 1775517882,
      name: "SecOps triggers",
      version: "26.2.0",
      version_min: "",
    });
    const detections = bundle.Trigger.find((t: { name: string }) => t.name === "Detections");
    expect(Object.keys(detections)).toEqual([
      "apply_all",
      "author",
      "comment",
      "debug",
      "disabled",
      "events",
      "hints",
      "name",
      "script",
    ]);
    expect(detections).toMatchObject({
      author: "secops",
      comment: "log them",
      events: '["DETECTION_UPDATE"]',
      hints: "{}",
    });
    expect(detections.script).toBe(p.read("dist/detections.js"));

    await cli(p, ["bundle", "--name", "SecOps triggers"], { SOURCE_DATE_EPOCH: "1775517882" });
    expect(p.read("dist/bundle.json")).toBe(text);
    await cli(p, ["bundle"]);
    expect(JSON.parse(p.read("dist/bundle.json"))[".meta"].created).toBe(0);
  }, 60_000);

  it("builds first: never bundles a stale dist/, and refuses a project that does not build", async () => {
    const p = tempProject(files, { author: "secops", targets: {} });
    expect((await cli(p, ["bundle"])).code).toBe(0); // no build yet: bundle builds
    p.write(
      "triggers/errors.ts",
      triggerSource("HTTP errors", ["HTTP_RESPONSE"], 'if (HTTP.statusCode >= 400) debug("4xx or 5xx");'),
    );
    expect((await cli(p, ["bundle"])).code).toBe(0);
    const errors = JSON.parse(p.read("dist/bundle.json")).Trigger.find(
      (t: { name: string }) => t.name === "HTTP errors",
    );
    expect(errors.script).toContain("4xx or 5xx");

    const before = p.read("dist/bundle.json");
    p.write("triggers/broken.ts", triggerSource("Broken", ["HTTP_RESPONSE"], "const x: number = 'text';"));
    const r = await cli(p, ["bundle"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("EH770");
    expect(p.read("dist/bundle.json")).toBe(before);
  }, 60_000);

  it("uploads to the appliance, and an import of the bundle rebuilds to the same scripts' behaviour", async () => {
    sim = await startSimulatedAppliance();
    const p = tempProject(files, { author: "secops", targets: {} });
    writeFileSync(join(p.root, "ca.pem"), sim.caPem);
    await cli(p, ["build"]);
    const up = await cli(p, ["bundle", "--upload", "--host", sim.host, "--ca", "ca.pem", "--json"], {
      EHTRIG_API_KEY: sim.apiKey,
    });
    expect(up.code, up.stderr).toBe(0);
    expect(JSON.parse(up.stdout).uploaded).toBe(1);
    expect(sim.state.bundles[0].content).toEqual(JSON.parse(p.read("dist/bundle.json")));

    // Round trip: the bundle imported into a fresh project builds to scripts that behave the same.
    const q = tempProject({});
    writeFileSync(join(q.root, "b.json"), p.read("dist/bundle.json"));
    expect((await cli(q, ["import", "b.json"])).code).toBe(0);
    const built = await cli(q, ["build"]);
    expect(built.code, built.stderr).toBe(0);
    for (const s of [500, 200]) {
      const g = { HTTP: { statusCode: s } };
      expect(runScript(q.read("dist/http-errors.js"), g, false)).toEqual(
        runScript(p.read("dist/errors.js"), g, false),
      );
    }
    const g = { Detection: { id: 7 } };
    expect(runScript(q.read("dist/detections.js"), g, false)).toEqual(["d 7"]);
  }, 60_000);
});
