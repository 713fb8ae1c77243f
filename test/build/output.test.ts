/** What the build writes: readable deterministic ES5, chained maps, the manifest, all-or-nothing. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { BuildCache, buildProject, PositionMapper } from "../../build/index.ts";
import { CACHE_DIR } from "../../build/cache.ts";
import { sha256 } from "../../build/hash.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const LIB = `export function explode(reason: string): never {
  throw new Error("exploded: " + reason);
}
`;
const TRIGGER = `import { explode } from "./lib/explode";
export const trigger = {
  name: "Exploder",
  events: ["DETECTION_UPDATE"],
  description: "throws on purpose",
} satisfies TriggerConfig;

const labels = Detection.categories.map((c) => \`cat:\${c}\`);
if (labels.length > 0) {
  explode(labels.join(","));
}
`;

describe("build output", () => {
  it("writes a banner, no export or __PURE__ noise, a manifest with sizes and hashes", async () => {
    const t = tempProject({ "triggers/exploder.ts": TRIGGER, "triggers/lib/explode.ts": LIB });
    const r = await buildProject(t.project);
    expect(r.diagnostics).toEqual([]);
    const code = t.read("dist/exploder.js");
    expect(code.split("\n").slice(0, 7).join("\n")).toMatch(
      /^\/\*\n \* ExtraHop trigger: Exploder\n \* Events: DETECTION_UPDATE\n \* Source: triggers\/exploder\.ts\n \* Built by ehtrig [\d.]+; content sha256:[0-9a-f]{64}\n/,
    );
    expect(code).not.toMatch(/\bexport\b|__PURE__|sourceMappingURL/);
    const manifest = JSON.parse(t.read("dist/manifest.json"));
    expect(manifest.triggers).toEqual([
      expect.objectContaining({
        id: "exploder",
        name: "Exploder",
        events: ["DETECTION_UPDATE"],
        description: "throws on purpose",
        source: "triggers/exploder.ts",
        file: "exploder.js",
        map: "exploder.js.map",
        bytes: Buffer.byteLength(code),
        sha256: sha256(code),
      }),
    ]);
  });

  it("maps an error thrown at run time back to the TypeScript line (through esbuild and both Babel passes)", async () => {
    const t = tempProject({ "triggers/exploder.ts": TRIGGER, "triggers/lib/explode.ts": LIB });
    await buildProject(t.project);
    const file = join(t.root, "dist/exploder.js");
    const ctx = vm.createContext({ Detection: { categories: ["sec.recon"] }, debug() {}, log() {} });
    let stack = "";
    try {
      vm.runInContext(readFileSync(file, "utf8"), ctx, { filename: file });
    } catch (err) {
      stack = (err as Error).stack ?? "";
    }
    const frames = [...stack.matchAll(/exploder\.js:(\d+):(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(frames.length).toBeGreaterThanOrEqual(2);
    const mapper = new PositionMapper(t.read("dist/exploder.js.map"), join(t.root, "dist"), t.root);
    const [thrown, caller] = frames.map(([line, col]) => mapper.original(line!, col! - 1));
    expect(thrown).toMatchObject({ file: "triggers/lib/explode.ts", line: 2 });
    expect(thrown!.text).toContain('throw new Error("exploded: "');
    expect(caller).toMatchObject({ file: "triggers/exploder.ts", line: 10 });
  });

  it("is byte-identical across clean builds of the same sources", async () => {
    const files = { "triggers/exploder.ts": TRIGGER, "triggers/lib/explode.ts": LIB };
    const a = tempProject(files);
    const b = tempProject(files);
    await buildProject(a.project, { cache: new BuildCache(undefined) });
    await buildProject(b.project, { cache: new BuildCache(undefined) });
    for (const f of ["exploder.js", "exploder.js.map", "manifest.json"]) {
      expect(b.read(`dist/${f}`)).toBe(a.read(`dist/${f}`));
    }
    await buildProject(a.project, { cache: new BuildCache(undefined) });
    expect(sha256(a.read("dist/exploder.js"))).toBe(sha256(b.read("dist/exploder.js")));
  });

  it("writes nothing when any trigger fails, and reports every error of every trigger", async () => {
    const t = tempProject({
      "triggers/good.ts": triggerSource("good", ["DETECTION_UPDATE"], 'debug("ok");'),
      "triggers/other.ts": triggerSource("other", ["DETECTION_UPDATE"], 'debug("ok");'),
    });
    expect((await buildProject(t.project)).ok).toBe(true);
    const before = snapshot(join(t.root, "dist"));
    t.write("triggers/good.ts", triggerSource("good", ["DETECTION_UPDATE"], 'debug("changed " + HTTP.uri);'));
    t.write("triggers/other.ts", triggerSource("other", ["DETECTION_UPDATE"], "const n: number = 'x';"));
    t.write("triggers/third.ts", triggerSource("third", ["BOGUS_EVENT"], ""));
    const r = await buildProject(t.project);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => `${d.code}:${d.trigger}`).sort()).toEqual([
      "EH203:third",
      "EH300:other",
      "EH300:third",
      "EH501:good",
    ]);
    expect(snapshot(join(t.root, "dist"))).toEqual(before);
  });

  it("a trigger that cannot be bundled does not hide the other triggers' errors; one report per syntax error", async () => {
    const t = tempProject({
      "triggers/imp.ts": triggerSource(
        "imp",
        ["DETECTION_UPDATE"],
        'import { nope } from "./lib/missing";\nnope();',
      ),
      "triggers/gate.ts": triggerSource("gate", ["DETECTION_UPDATE"], "debug(HTTP.uri);"),
      "triggers/syntax.ts": triggerSource("syntax", ["DETECTION_UPDATE"], "const x = ;"),
    });
    const r = await buildProject(t.project);
    expect(r.diagnostics.map((d) => `${d.code}:${d.trigger}:${d.location?.line}`)).toEqual([
      "EH501:gate:2",
      "EH400:imp:2",
      "EH400:syntax:2",
    ]);
  });

  it("clears the temporary files a killed build left in dist/ and the cache, not a running one's", async () => {
    const t = tempProject({ "triggers/a.ts": triggerSource("a", ["DETECTION_UPDATE"], 'debug("a");') });
    expect((await buildProject(t.project)).ok).toBe(true);
    // The pid of a process that has exited, as a build killed with kill -9 leaves it.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const left = [
      `dist/a.js.${dead}.tmp`,
      `dist/a.js.map.${dead}.tmp`,
      `${CACHE_DIR}/trigger-a.jsonl.${dead}.tmp`,
      `${CACHE_DIR}/modules/0000.js.${dead}.tmp`,
    ];
    // (and as the write-behind names them: the pid, then a count)
    left.push(`${CACHE_DIR}/metadata.json.${dead}-3.tmp`, `${CACHE_DIR}/modules/0001.js.${dead}-12.tmp`);
    const live = `dist/a.js.${process.ppid}.tmp`; // a running process: another build, say
    const liveAsync = `${CACHE_DIR}/trigger-a.jsonl.${process.ppid}-4.tmp`;
    for (const f of [...left, live, liveAsync]) t.write(f, "half");
    t.write("triggers/a.ts", triggerSource("a", ["DETECTION_UPDATE"], 'debug("b");'));
    expect((await buildProject(t.project)).ok).toBe(true);
    for (const f of left) expect(existsSync(join(t.root, f)), f).toBe(false);
    expect(existsSync(join(t.root, live))).toBe(true);
    expect(existsSync(join(t.root, liveAsync))).toBe(true);
    expect(t.read("dist/a.js")).toContain('debug("b")');
  });

  it("removes the outputs of a trigger that left the project", async () => {
    const t = tempProject({
      "triggers/a.ts": triggerSource("a", ["DETECTION_UPDATE"], 'debug("a");'),
      "triggers/b.ts": triggerSource("b", ["DETECTION_UPDATE"], 'debug("b");'),
    });
    await buildProject(t.project);
    t.write("triggers/b.ts", "");
    const { rmSync } = await import("node:fs");
    rmSync(join(t.root, "triggers/b.ts"));
    await buildProject(t.project);
    expect(readdirSync(join(t.root, "dist")).sort()).toEqual(["a.js", "a.js.map", "manifest.json"]);
  });
});

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      `${statSync(join(dir, f)).mtimeMs}:${sha256(readFileSync(join(dir, f)))}`,
    ]),
  );
}
