/**
 * Issue 11, item 9: the type-check costs what changed. A changed module is checked again with the
 * files that import it; the other files keep their diagnostics; whatever can affect every file
 * (a global declaration, a new file) checks the whole project.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHE_DIR } from "../../build/cache.ts";
import { buildProject } from "../../build/pipeline.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const trigger = (name: string, body: string) => triggerSource(name, ["TIMER_30SEC"], body);
const LIB = "export function twice(n: number): number { return n * 2; }\n";

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
});
