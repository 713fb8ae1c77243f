/**
 * Issue 11, item 9: the type-check costs what changed. A changed module is checked again with the
 * files that import it; the other files keep their diagnostics; whatever can affect every file
 * (a global declaration, a new file) checks the whole project.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BuildCache, CACHE_DIR, FileHashes } from "../../build/cache.ts";
import { buildProject } from "../../build/pipeline.ts";
import { typecheckCached } from "../../build/typecheck/cached.ts";
import { REPO, tempProject, triggerSource, writeTsconfig } from "../support/project.ts";

const trigger = (name: string, body: string) => triggerSource(name, ["TIMER_30SEC"], body);
const LIB = "export function twice(n: number): number { return n * 2; }\n";
/** Trigger A, which keeps what twice() returns, imported from `from`, as a number. */
const numberFromTwice = (from: string) =>
  trigger("A", `import { twice } from "${from}";\nconst n: number = twice(1);\ndebug(String(n));`);

async function errors(t: ReturnType<typeof tempProject>): Promise<string[]> {
  const r = await buildProject(t.project, { write: false });
  return r.diagnostics.map((d) => `${d.code} ${d.location?.file}:${d.location?.line}`);
}

/** The files the last partial check was given (its generated tsconfig), or undefined. */
function partialRoots(root: string): string[] | undefined {
  const file = join(root, CACHE_DIR, "typecheck", "tsconfig.roots.json");
  if (!existsSync(file)) return undefined;
  const files = (JSON.parse(readFileSync(file, "utf8")) as { files: string[] }).files;
  return files
    .filter((f) => f.startsWith(root) && !f.includes(CACHE_DIR))
    .map((f) => f.slice(root.length + 1));
}

describe("type-check of what changed", () => {
  it("checks a touched trigger alone and keeps the other triggers' type errors", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/a.ts": trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(1)));'),
      "triggers/b.ts": trigger("B", 'const n: number = "x";\ndebug(String(n));'),
      "triggers/c.ts": trigger("C", 'debug("c");'),
    });
    expect(await errors(t)).toEqual(["EH300 triggers/b.ts:2"]);
    expect(partialRoots(t.root)).toBeUndefined();

    t.write("triggers/a.ts", trigger("A", 'import { twice } from "./lib/math";\ndebug(twice(1));'));
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3", "EH300 triggers/b.ts:2"]);
    expect(partialRoots(t.root)).toEqual(["triggers/a.ts"]);

    t.write("triggers/a.ts", trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(2)));'));
    expect(await errors(t)).toEqual(["EH300 triggers/b.ts:2"]);
  });

  it("checks an edited module again with every file that imports it", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/lib/more.ts": 'export { twice } from "./math";\n',
      "triggers/a.ts": trigger("A", 'import { twice } from "./lib/more";\ndebug(String(twice(1)));'),
      "triggers/c.ts": trigger("C", 'debug("c");'),
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/math.ts", "export function twice(n: string): string { return n + n; }\n");
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
    expect(partialRoots(t.root)?.sort()).toEqual([
      "triggers/a.ts",
      "triggers/lib/math.ts",
      "triggers/lib/more.ts",
    ]);
  });

  it("checks the whole project when a changed file declared globals", async () => {
    const t = tempProject({
      "triggers/a.ts": trigger("A", "declare global {\n  interface Shared { n: number }\n}\ndebug('a');"),
      "triggers/b.ts": trigger("B", "const s: Shared = { n: 1 };\ndebug(String(s.n));"),
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/a.ts", trigger("A", 'debug("no more globals");'));
    expect(await errors(t)).toEqual(["EH300 triggers/b.ts:2"]);
  });

  it("checks the whole project when a changed file references a lib, which every file then sees", async () => {
    const t = tempProject({
      "triggers/a.ts": trigger("A", 'debug("a");'),
      "triggers/b.ts": trigger("B", "let m: Map<string, number> | undefined;\ndebug(String(m));"),
    });
    expect(await errors(t)).toEqual(["EH503 triggers/b.ts:2"]);
    t.write("triggers/a.ts", '/// <reference lib="es2015.collection" />\n' + trigger("A", 'debug("a");'));
    expect(await errors(t)).toEqual([]);
  });

  it("checks the whole project when a file is added", async () => {
    const t = tempProject({
      "triggers/a.ts": trigger(
        "A",
        'import type { Item } from "./lib/item";\nconst i: Item = { n: 1 };\ndebug(String(i.n));',
      ),
    });
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:2"]); // ./lib/item does not exist yet
    t.write("triggers/lib/item.ts", "export interface Item { n: number }\n");
    expect(await errors(t)).toEqual([]);
  });

  it("checks again when an npm package's declarations change, though no project file did", async () => {
    const t = tempProject({
      "node_modules/risk-levels/package.json": JSON.stringify({ name: "risk-levels", types: "index.d.ts" }),
      "node_modules/risk-levels/index.d.ts": "export interface Level { name: string }\n",
      "triggers/a.ts": trigger(
        "A",
        'import type { Level } from "risk-levels";\nconst l: Level = { name: "high" };\ndebug(l.name);',
      ),
    });
    expect(await errors(t)).toEqual([]);
    expect(await errors(t)).toEqual([]); // cached
    // An update renames the field: the unchanged trigger no longer type-checks.
    t.write("node_modules/risk-levels/index.d.ts", "export interface Level { label: string }\n");
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3", "EH300 triggers/a.ts:4"]);
  });

  it("checks the whole project when a changed module's types reach every file through a global", async () => {
    const t = tempProject({
      "triggers/lib/issue.ts": "export interface Issue { key: string }\n",
      "triggers/lib/globals.ts":
        'import type { Issue } from "./issue";\ndeclare global {\n  interface Ticket { issue: Issue }\n}\nexport {};\n',
      "triggers/a.ts": trigger("A", 'const t: Ticket = { issue: { key: "A-1" } };\ndebug(t.issue.key);'),
    });
    expect(await errors(t)).toEqual([]);
    // a.ts imports neither module, yet the global type it names changes.
    t.write("triggers/lib/issue.ts", "export interface Issue { key: number }\n");
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:2", "EH300 triggers/a.ts:3"]);
  });

  it("forgets the problems of a file that the edit no longer imports from anywhere", async () => {
    const t = tempProject({
      "triggers/lib/data.json": '{ "prefix": \n',
      "triggers/a.ts": trigger("A", 'import data from "./lib/data.json";\ndebug(String(data));'),
      "triggers/b.ts": trigger("B", 'debug("b");'),
    });
    expect((await errors(t)).filter((e) => e.includes("data.json")).length).toBeGreaterThan(0);
    t.write("triggers/a.ts", trigger("A", 'debug("a");'));
    expect(await errors(t)).toEqual([]);
    expect(partialRoots(t.root)).toEqual(["triggers/a.ts"]);
  });

  it("gives a partial check the project's own types/ folder, which the tsconfig includes", async () => {
    const t = tempProject({
      "types/jira.d.ts": "interface JiraIssue { key: string }\n",
      "triggers/a.ts": trigger("A", 'const i: JiraIssue = { key: "A-1" };\ndebug(i.key);'),
    });
    writeTsconfig(t.root, ["triggers", "types"]);
    expect(await errors(t)).toEqual([]);
    t.write("triggers/a.ts", trigger("A", 'const i: JiraIssue = { key: "A-2" };\ndebug(i.key);'));
    expect(await errors(t)).toEqual([]);
  });

  it("checks the whole project when an import brings a file declaring globals in, or takes it out", async () => {
    const globals = "declare global {\n  interface Ticket { id: string }\n}\nexport {};\n";
    const uses = trigger("B", 'const t: Ticket = { id: "1" };\ndebug(t.id);');
    const t = tempProject({
      "shared/globals.ts": globals,
      "triggers/a.ts": trigger("A", 'import "../shared/globals";\ndebug("a");'),
      "triggers/b.ts": uses,
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/a.ts", trigger("A", 'debug("a");'));
    expect(await errors(t)).toEqual(["EH300 triggers/b.ts:2"]);
    t.write("triggers/a.ts", trigger("A", 'import "../shared/globals";\ndebug("a");'));
    expect(await errors(t)).toEqual([]);
  });

  it("checks the whole project when an edit stops importing an npm package that declares globals", async () => {
    const t = tempProject({
      "node_modules/gpkg/package.json": JSON.stringify({
        name: "gpkg",
        main: "index.js",
        types: "index.d.ts",
      }),
      "node_modules/gpkg/index.js": "exports.x = 1;\n",
      "node_modules/gpkg/index.d.ts":
        "export declare const x: number;\ndeclare global {\n  interface Gadget { id: string }\n}\n",
      "triggers/a.ts": trigger("A", 'import { x } from "gpkg";\ndebug(String(x));'),
      "triggers/b.ts": trigger("B", 'const g: Gadget = { id: "1" };\ndebug(g.id);'),
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/a.ts", trigger("A", 'debug("a");'));
    expect(await errors(t)).toEqual(["EH300 triggers/b.ts:2"]);
  });

  it("forgets who imported a file once the file has left the program", async () => {
    const t = tempProject({
      "shared/a.ts": 'import { y } from "./y";\nexport const a = y;\n',
      "shared/y.ts": "export const y = 1;\n",
      "triggers/t.ts": trigger("T", 'import { a } from "../shared/a";\ndebug(String(a));'),
      "triggers/u.ts": trigger("U", 'import { y } from "../shared/y";\ndebug(String(y));'),
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/t.ts", trigger("T", 'debug("t");'));
    expect(await errors(t)).toEqual([]);
    const stored = JSON.parse(t.read(`${CACHE_DIR}/typecheck.json`)) as {
      importers: Record<string, string[]>;
    };
    expect(stored.importers["shared/y.ts"]).toEqual(["triggers/u.ts"]);
    expect(stored.importers["shared/a.ts"]).toBeUndefined();
  });

  it("checks again when a tsconfig that the project's tsconfig extends changes", async () => {
    const t = tempProject({
      "triggers/a.ts": trigger("A", "function f(x) {\n  return x;\n}\ndebug(String(f(1)));"),
      "shared.json": JSON.stringify({ extends: join(REPO, "tsconfig.base.json") }),
    });
    t.write("tsconfig.json", JSON.stringify({ extends: "./shared.json", include: ["triggers"] }));
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:2"]); // x is implicitly any
    t.write(
      "shared.json",
      JSON.stringify({
        extends: join(REPO, "tsconfig.base.json"),
        compilerOptions: { noImplicitAny: false },
      }),
    );
    expect(await errors(t)).toEqual([]);
  });

  it("checks the whole project when a .mts module is added next to the triggers", async () => {
    const t = tempProject({ "triggers/a.ts": trigger("A", 'debug("a");') });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/h.mts", 'export const h: number = "x";\n');
    expect(await errors(t)).toEqual(["EH300 triggers/lib/h.mts:1"]);
  });

  it("gives a partial check the global declarations the tsconfig's include adds outside triggers/", async () => {
    const t = tempProject({
      "typings/jira.d.ts": "interface JiraIssue { key: string }\n",
      "triggers/a.ts": trigger("A", 'const i: JiraIssue = { key: "A-1" };\ndebug(i.key);'),
      "triggers/b.ts": trigger("B", 'debug("b");'),
    });
    writeTsconfig(t.root, ["triggers", "typings"]);
    expect(await errors(t)).toEqual([]);
    t.write("triggers/a.ts", trigger("A", 'const i: JiraIssue = { key: "A-2" };\ndebug(i.key);'));
    expect(await errors(t)).toEqual([]);
    expect(partialRoots(t.root)).toEqual(["triggers/a.ts", "typings/jira.d.ts"]);
    // An edit of those declarations concerns every file: the whole project is checked.
    t.write("typings/jira.d.ts", "interface JiraIssue { id: string }\n");
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:2", "EH300 triggers/a.ts:3"]);
    // So does a file that goes from there, and one that comes back.
    rmSync(join(t.root, "typings/jira.d.ts"));
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:2"]);
    t.write("typings/jira.d.ts", "interface JiraIssue { key: string }\n");
    expect(await errors(t)).toEqual([]);
  });
});

describe("an edited module's importers, judged by its declarations", () => {
  const math = (body: string) => `export function twice(n: number): number { ${body} }\n`;
  /** A module two triggers import; trigger B has a type error of its own. */
  const project = () =>
    tempProject({
      "triggers/lib/math.ts": math("return n * 2;"),
      "triggers/a.ts": trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(1)));'),
      "triggers/b.ts": trigger(
        "B",
        'import { twice } from "./lib/math";\nconst s: string = twice(2);\ndebug(s);',
      ),
    });

  it("checks the module alone when an edit leaves its declarations as they were", async () => {
    const t = project();
    expect(await errors(t)).toEqual(["EH300 triggers/b.ts:3"]);
    // The whole-project check kept the module's declarations: its first edit is judged by them.
    t.write("triggers/lib/math.ts", math("return n + n;"));
    expect(await errors(t)).toEqual(["EH300 triggers/b.ts:3"]);
    expect(partialRoots(t.root)).toEqual(["triggers/lib/math.ts"]);
    t.write("triggers/lib/math.ts", math("return 2 * n;"));
    expect(await errors(t)).toEqual(["EH300 triggers/b.ts:3"]);
    expect(partialRoots(t.root)).toEqual(["triggers/lib/math.ts"]);
    // A type error inside the module is still found.
    t.write("triggers/lib/math.ts", math('const k: number = "2";\n  return k * n;'));
    expect((await errors(t)).sort()).toEqual(["EH300 triggers/b.ts:3", "EH300 triggers/lib/math.ts:1"]);
    expect(partialRoots(t.root)).toEqual(["triggers/lib/math.ts"]);
  });

  it("checks the importers again when the declarations change", async () => {
    const t = project();
    t.write("triggers/a.ts", numberFromTwice("./lib/math"));
    await errors(t);
    // (compared with the declarations the whole-project check wrote)
    t.write("triggers/lib/math.ts", "export function twice(n: number): string { return String(n * 2); }\n");
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
    expect(partialRoots(t.root)?.sort()).toEqual(["triggers/a.ts", "triggers/b.ts", "triggers/lib/math.ts"]);
  });

  it("checks only the importers that name an added export, or reach exports unnamed", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": math("return n * 2;"),
      "triggers/a.ts": trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(1)));'),
      "triggers/b.ts": trigger("B", 'import { twice, half } from "./lib/math";\ndebug(String(twice(half)));'),
      // every export of the module must have a number here
      "triggers/c.ts": trigger(
        "C",
        'import type * as m from "./lib/math";\nconst all: Record<keyof typeof m, number> = { twice: 1 };\ndebug(String(all.twice));',
      ),
    });
    expect(await errors(t)).toEqual(["EH400 triggers/b.ts:2"]); // no export `half` yet
    t.write("triggers/lib/math.ts", math("return n + n;") + "export const half = 0.5;\n");
    // b.ts names `half`, c.ts reaches it through the namespace: both checked again, a.ts not
    expect(await errors(t)).toEqual(["EH300 triggers/c.ts:3"]);
    expect(partialRoots(t.root)?.sort()).toEqual(["triggers/b.ts", "triggers/c.ts", "triggers/lib/math.ts"]);
  });

  it("checks the importers of a module whose private members changed type", async () => {
    const box = (type: string, value: string) =>
      `export class Box { private v: ${type} = ${value}; get size(): number { return 1; } }\n`;
    const t = tempProject({
      "triggers/lib/box.ts": box("number", "1"),
      "triggers/a.ts": trigger(
        "A",
        'import { Box } from "./lib/box";\nconst v: number = new Box()["v"];\ndebug(String(v));',
      ),
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/box.ts", box("number", "2"));
    expect(await errors(t)).toEqual([]);
    // The .d.ts reads `private v;` either way; a.ts reads the member through brackets.
    t.write("triggers/lib/box.ts", box("string", '"2"'));
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
  });

  it("checks a module whose declarations tsc cannot write as a check alone would, importers included", async () => {
    // The return type names an interface the module does not export: a .d.ts cannot write it
    // (TS4058 when declarations are written), which a check alone does not report.
    const wrap = (extra: string) =>
      `import { make } from "./make";\nexport function wrap() { return make(); }\n${extra}`;
    const t = tempProject({
      "triggers/lib/make.ts":
        "interface Hidden { n: number }\nexport function make(): Hidden { return { n: 1 }; }\n",
      "triggers/lib/wrap.ts": wrap(""),
      "triggers/a.ts": trigger("A", 'import { wrap } from "./lib/wrap";\ndebug(String(wrap().n));'),
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/wrap.ts", wrap("// edited\n"));
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/wrap.ts", wrap('const bad: number = "x";\nexport { bad };\n'));
    expect(await errors(t)).toEqual(["EH300 triggers/lib/wrap.ts:3"]);
    // no declarations to compare: the importer is checked again
    expect(partialRoots(t.root)?.sort()).toEqual(["triggers/a.ts", "triggers/lib/wrap.ts"]);
  });
});

describe("the declarations' own tsc run", () => {
  it("sees the project's global declarations, which a module's inferred types may name", async () => {
    const load = (body: string) => `export function load(c: Cfg) { ${body} }\n`;
    const t = tempProject({
      "triggers/lib/env.d.ts": "interface Cfg { n: { x: number }; m: { x: string } }\n",
      "triggers/lib/load.ts": load("return c.n;"),
      "triggers/a.ts": trigger(
        "A",
        'import { load } from "./lib/load";\nconst v: number = load({ n: { x: 1 }, m: { x: "" } }).x;\ndebug(String(v));',
      ),
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/load.ts", load("return c.n; /* edited */"));
    expect(await errors(t)).toEqual([]);
    // Without Cfg, load() would return `any` before and after: the same declarations.
    t.write("triggers/lib/load.ts", load("return c.m;"));
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
  });

  it("checks an importer with problems on any addition, and leaves nothing behind in the project or the temp folder", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "ehtrig-tmp-"));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const t = tempProject({
        // a project that asks for incremental builds with a build-info file of its own
        "tsconfig.json": JSON.stringify({
          extends: join(REPO, "tsconfig.base.json"),
          compilerOptions: { incremental: true, tsBuildInfoFile: "./state.tsbuildinfo" },
          include: ["triggers"],
        }),
        "triggers/lib/math.ts": LIB,
        "triggers/a.ts": trigger(
          "A",
          'import { twice } from "./lib/math";\nconst s: string = twice(1);\ndebug(s);',
        ),
        "triggers/b.ts": trigger("B", 'import { twice } from "./lib/math";\ndebug(String(twice(2)));'),
      });
      expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
      t.write("triggers/lib/math.ts", "export function twice(n: number): number { return n + n; }\n");
      expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
      t.write(
        "triggers/lib/math.ts",
        "export function twice(n: number): number { return n + n; }\nexport const one = 1;\n",
      );
      expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
      // a.ts has a problem (its message might now suggest the new name); b.ts neither names it nor has one
      expect(partialRoots(t.root)?.sort()).toEqual(["triggers/a.ts", "triggers/lib/math.ts"]);
      expect(readdirSync(t.root).filter((f) => f.endsWith(".tsbuildinfo"))).toEqual([]);
      expect(readdirSync(tmp).filter((f) => f.startsWith("ehtrig-dts-"))).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("declarations across modules and broken edits", () => {
  it("checks the importers of importers when a module's declarations change through a re-export", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/lib/more.ts": 'export { twice } from "./math";\n',
      "triggers/a.ts": numberFromTwice("./lib/more"),
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/math.ts", "export function twice(n: number): number { return n + n; }\n");
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/more.ts", 'export { twice } from "./math";\n// more\n');
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/math.ts", "export function twice(n: number): string { return String(n * 2); }\n");
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
  });

  it("checks every importer when the edited module has a syntax error, and again once it is mended", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/a.ts": numberFromTwice("./lib/math"),
    });
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/math.ts", "export function twice(n: number): number { return n + n; }\n");
    expect(await errors(t)).toEqual([]);
    t.write("triggers/lib/math.ts", "export function twice(n: number): number { return n + ; }\n");
    expect((await errors(t)).some((e) => e.endsWith("triggers/lib/math.ts:1"))).toBe(true);
    t.write("triggers/lib/math.ts", "export function twice(n: number): string { return String(n); }\n");
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
  });
});

describe("declarations a check may not keep", () => {
  it("keeps none from a whole-project check that found a syntax error: the next module edit checks every importer", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/a.ts": trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(1)));'),
      "triggers/z.ts": trigger("Z", "const broken = ;"),
    });
    expect((await errors(t)).some((e) => e.includes("triggers/z.ts"))).toBe(true);
    t.write("triggers/lib/math.ts", "export function twice(n: number): number { return n + n; }\n");
    await errors(t);
    expect(partialRoots(t.root)?.sort()).toEqual(["triggers/a.ts", "triggers/lib/math.ts"]);
  });

  it("keeps none when a source changed on disk while the build ran", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/a.ts": numberFromTwice("./lib/math"),
    });
    const kept = async (editDuringBuild: boolean) => {
      const cache = new BuildCache(t.root);
      const hashes = new FileHashes();
      // The build hashes the sources first; tsc reads them later.
      for (const f of ["triggers/lib/math.ts", "triggers/a.ts"]) hashes.get(join(t.root, f));
      if (editDuringBuild)
        t.write("triggers/lib/math.ts", "export function twice(n: number): string { return String(n); }\n");
      await typecheckCached(t.project, cache, hashes);
      // (its entry is written off this thread: on disk before the folder is removed below)
      await cache.flush();
      return Object.keys(cache.typecheck()?.declarations ?? {});
    };
    expect(await kept(false)).toEqual(["triggers/lib/math.ts"]);
    rmSync(join(t.root, CACHE_DIR), { recursive: true, force: true });
    expect(await kept(true)).toEqual([]);
    // The next build sees math.ts changed and, with nothing to compare, checks a.ts: its error shows.
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
  });
});

describe("declarations that name another changed module's types", () => {
  it("checks the importers when a type the module's declarations name changed in the same edit", async () => {
    const t = tempProject({
      "triggers/lib/row.ts": "export interface Row { n: number }\n",
      "triggers/lib/make.ts":
        'import type { Row } from "./row";\nexport function make(): Row { return { n: 1 }; }\n',
      "triggers/a.ts": trigger(
        "A",
        'import { make } from "./lib/make";\nconst n: number = make().n;\ndebug(String(n));',
      ),
    });
    expect(await errors(t)).toEqual([]);
    // Each module edited once alone: the checks keep their declarations.
    t.write("triggers/lib/row.ts", "export interface Row { n: number }\n// row\n");
    expect(await errors(t)).toEqual([]);
    t.write(
      "triggers/lib/make.ts",
      'import type { Row } from "./row";\nexport function make(): Row { return { n: 2 }; }\n',
    );
    expect(await errors(t)).toEqual([]);
    // make.ts's declarations read the same ("make(): Row"), but Row changed beside it.
    t.write("triggers/lib/row.ts", "export interface Row { n: string }\n");
    t.write(
      "triggers/lib/make.ts",
      'import type { Row } from "./row";\nexport function make(): Row { return { n: "3" }; }\n',
    );
    expect(await errors(t)).toEqual(["EH300 triggers/a.ts:3"]);
  });
});
