/**
 * Issue 11, item 9: lowering costs what changed. Each module is lowered once per content and
 * reused across triggers and builds; a module already in ES5 skips Babel; each helper is one copy
 * per script however many modules need it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BuildCache, CACHE_DIR } from "../../build/cache.ts";
import { blankRange, bundle } from "../../build/bundle.ts";
import { readMetadata } from "../../build/metadata/read.ts";
import { KEEP_BUILDS, ModuleCache } from "../../build/modules/module-cache.ts";
import { lowerModule } from "../../build/modules/lower-module.ts";
import { buildProject } from "../../build/pipeline.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const LIB =
  "export class Box { constructor(readonly v: number) {} get twice(): number { return this.v * 2; } }\n";
const uses = (name: string) =>
  triggerSource(
    name,
    ["TIMER_30SEC"],
    `import { Box } from "./lib/box";\nclass Local { x = 1; }\nlog(String(new Box(2).twice + new Local().x));`,
  );

describe("lowering per module", () => {
  it("lowers a shared module once for every trigger, and nothing again when nothing changed", async () => {
    const t = tempProject({
      "triggers/lib/box.ts": LIB,
      "triggers/a.ts": uses("A"),
      "triggers/b.ts": uses("B"),
    });
    const cache = new BuildCache(t.root);
    expect((await buildProject(t.project, { cache })).ok).toBe(true);
    expect(cache.modules.stats).toEqual({ hits: 0, misses: 3 }); // a, b, lib/box once
    t.write("triggers/a.ts", uses("A") + "debug('edited');\n");
    const again = new BuildCache(t.root); // a later build: the disk cache
    expect((await buildProject(t.project, { cache: again })).ok).toBe(true);
    expect(again.modules.stats).toEqual({ hits: 1, misses: 1 }); // only the edited trigger
  });

  it("finds the entries another process wrote since its last full build, though it lists them once a build", async () => {
    const t = tempProject({
      "triggers/lib/box.ts": LIB,
      "triggers/a.ts": uses("A"),
    });
    const kept = new BuildCache(t.root); // watch mode's cache
    expect((await buildProject(t.project, { cache: kept })).ok).toBe(true);
    t.write("triggers/a.ts", uses("A") + "debug('edited');\n");
    const other = new BuildCache(t.root); // a build in another process lowers the edit
    expect((await buildProject(t.project, { cache: other })).ok).toBe(true);
    expect(other.modules.stats).toEqual({ hits: 1, misses: 1 });
    const before = { ...kept.modules.stats };
    expect((await buildProject(t.project, { cache: kept })).ok).toBe(true);
    // the edited module from the other process's entry, lib/box from memory: nothing lowered
    expect(kept.modules.stats).toEqual({ hits: before.hits + 2, misses: before.misses });
  });

  it("builds a trigger again when a module it imports changes, though none of that module's code was in its script", async () => {
    const t = tempProject({
      "triggers/lib/format.ts":
        "export const VERSION = 2;\nexport function label(): string { return 'x'; }\n",
      "triggers/lib/index.ts": 'export { label } from "./format";\n',
      "triggers/a.ts": triggerSource(
        "A",
        ["TIMER_30SEC"],
        'import * as lib from "./lib/index";\ndebug(String((lib as { VERSION?: number }).VERSION));',
      ),
    });
    const first = await buildProject(t.project, { write: false });
    expect(first.triggers[0]!.code).toContain("debug(String(void 0))");
    t.write("triggers/lib/index.ts", 'export * from "./format";\n');
    const second = await buildProject(t.project, { write: false });
    expect(second.triggers[0]!.cached).toBe(false);
    expect(second.triggers[0]!.code).toContain("var VERSION = 2");
  });

  it("builds a trigger again when an npm package's package.json names another main file", async () => {
    const t = tempProject({
      "node_modules/pad/package.json": JSON.stringify({ name: "pad", main: "index.js" }),
      "node_modules/pad/index.js": 'module.exports = function (s) { return " " + s; };\n',
      "node_modules/pad/plain.js": 'module.exports = function (s) { return "[" + s + "]"; };\n',
      "node_modules/pad/index.d.ts": "export default function pad(s: string): string;\n",
      "triggers/a.ts": triggerSource("A", ["TIMER_30SEC"], 'import pad from "pad";\ndebug(pad("x"));'),
    });
    expect((await buildProject(t.project, { write: false })).triggers[0]!.code).toContain('" " + s');
    t.write("node_modules/pad/package.json", JSON.stringify({ name: "pad", main: "plain.js" }));
    expect((await buildProject(t.project, { write: false })).triggers[0]!.code).toContain('"[" + s');
  });

  it("builds a trigger again when the project's package.json says its modules have no side effects", async () => {
    const t = tempProject({
      "triggers/lib/side.ts": 'debug("side");\nexport const unused = 1;\n',
      "triggers/a.ts": triggerSource(
        "A",
        ["TIMER_30SEC"],
        'import { unused } from "./lib/side";\ndebug("a");',
      ),
    });
    expect((await buildProject(t.project, { write: false })).triggers[0]!.code).toContain('debug("side")');
    t.write("package.json", JSON.stringify({ name: "p", sideEffects: false }));
    const again = (await buildProject(t.project, { write: false })).triggers[0]!;
    expect(again.cached).toBe(false);
    expect(again.code).not.toContain('debug("side")');
  });

  it("deletes lowered modules that none of the last full builds used, and keeps the rest", async () => {
    const t = tempProject({
      "triggers/lib/box.ts": LIB,
      "triggers/a.ts": uses("A"),
      "triggers/b.ts": uses("B"),
    });
    const entries = () => readdirSync(join(t.root, CACHE_DIR, "modules")).filter((f) => f.endsWith(".js"));
    const build = async (): Promise<BuildCache> => {
      const cache = new BuildCache(t.root);
      expect((await buildProject(t.project, { cache })).ok).toBe(true);
      return cache;
    };
    await build();
    const first = entries();
    expect(first).toHaveLength(3);
    t.write("triggers/lib/box.ts", LIB + "export const edited = 1;\n");
    await build(); // the old lowering of lib/box stays a while (the edit may be undone)
    expect(entries()).toHaveLength(4);
    // Builds with nothing changed take every trigger from the cache: its modules stay in use.
    for (let i = 2; i < KEEP_BUILDS; i++) await build();
    expect(entries()).toHaveLength(4);
    await build();
    const kept = entries();
    expect(kept).toHaveLength(3);
    expect(first.filter((f) => !kept.includes(f))).toHaveLength(1); // the old lib/box
    // What is left is what the triggers are made of: a touched trigger lowers only itself.
    t.write("triggers/a.ts", uses("A") + "debug('touched');\n");
    const touched = await build();
    expect(touched.modules.stats).toEqual({ hits: 1, misses: 1 });
  });

  it("lowers again a module whose cache entry is damaged, and builds the same script", async () => {
    const t = tempProject({
      "triggers/lib/box.ts": LIB,
      "triggers/a.ts": uses("A"),
    });
    expect((await buildProject(t.project)).ok).toBe(true);
    const script = t.read("dist/a.js");
    const dir = join(t.root, CACHE_DIR, "modules");
    const files = readdirSync(dir).filter((f) => f.endsWith(".js"));
    expect(files).toHaveLength(2);
    t.write(`${CACHE_DIR}/modules/${files[0]}`, "//ehtrig-module {not json\ncode");
    t.write(`${CACHE_DIR}/modules/${files[1]}`, "");
    // and the trigger's own cache entry, so the build bundles again
    t.write(`${CACHE_DIR}/trigger-a.jsonl`, "{");
    const cache = new BuildCache(t.root);
    expect((await buildProject(t.project, { cache })).ok).toBe(true);
    expect(cache.modules.stats).toEqual({ hits: 0, misses: 2 });
    expect(t.read("dist/a.js")).toBe(script);
  });

  it("bundles JSON data as the build read and hashed it, not as esbuild would read it again", async () => {
    const t = tempProject({
      "triggers/data.json": '{ "limit": 5 }',
      "triggers/a.ts": triggerSource(
        "A",
        ["TIMER_30SEC"],
        'import data from "./data.json";\nlog(String(data.limit));',
      ),
    });
    const text = t.read("triggers/a.ts");
    const { range } = readMetadata(text, "triggers/a.ts", "a");
    const json = join(t.root, "triggers/data.json");
    const entry = join(t.root, "triggers/a.ts");
    const read = (path: string) =>
      path === json
        ? '{ "limit": 7 }'
        : path === entry
          ? blankRange(text, range!)
          : readFileSync(path, "utf8");
    const r = await bundle(t.project, [{ id: "a", path: entry }], new ModuleCache(undefined), read);
    expect(r.diagnostics).toEqual([]);
    expect(r.outputs[0]!.code).toContain("limit: 7");
    expect(r.outputs[0]!.inputs).toContain(json);
  });

  it("keeps one copy of each helper per script", async () => {
    const t = tempProject({ "triggers/lib/box.ts": LIB, "triggers/a.ts": uses("A") });
    const r = await buildProject(t.project);
    expect(r.diagnostics).toEqual([]);
    const code = t.read("dist/a.js");
    expect(code.match(/function _createClass\(/g)).toHaveLength(1);
    expect(code).not.toMatch(/_createClass2|_defineProperty2/);
  });

  it("skips Babel for a module that is already ES5", async () => {
    const es5 = await lowerModule({
      path: "/p/legacy.js",
      root: "/p",
      contents: "var x = [1, 2].map(function (n) { return n * 2; });\n",
      loader: "js",
      allowed: [],
      ponyfilled: [],
    });
    expect(es5.lowered).toBe(false);
    const modern = await lowerModule({
      path: "/p/m.ts",
      root: "/p",
      contents: "export const f = (n: number) => n * 2;\n",
      loader: "ts",
      allowed: [],
      ponyfilled: [],
    });
    expect(modern.lowered).toBe(true);
  });
});
