/**
 * A build that reuses what earlier builds left (the cache on disk, as `ehtrig build` runs, and
 * watch mode's cache in memory with its type-check session) must report exactly what a build
 * with nothing cached reports, and write the same scripts. A seeded walk of edits across
 * modules that import each other, a file declaring globals, a typings/ folder the tsconfig
 * includes, syntax errors and files coming and going compares the three after every edit.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { BuildCache } from "../../build/cache.ts";
import { buildProject, type BuildResult } from "../../build/pipeline.ts";
import { TypecheckSession } from "../../build/typecheck/session.ts";
import { REPO, tempProject, triggerSource } from "../support/project.ts";

const trigger = (name: string, body: string) => triggerSource(name, ["TIMER_30SEC"], body);

/** Each file's versions; undefined: the file does not exist. */
const VERSIONS: Record<string, (string | undefined)[]> = {
  "triggers/lib/issue.ts": [
    "export interface Issue { key: string }\n",
    "export interface Issue { key: number }\n",
    "export interface Issue { key: string; rank?: number }\n",
    "export interface Issue { key: string\n", // a syntax error
  ],
  "triggers/lib/format.ts": [
    'import type { Issue } from "./issue";\nexport function label(i: Issue): string {\n  return "#" + i.key;\n}\n',
    'import type { Issue } from "./issue";\nexport function label(i: Issue): string {\n  return "issue " + i.key;\n}\n',
    'import type { Issue } from "./issue";\nexport function label(i: Issue): number {\n  return 1;\n}\n',
    'import type { Issue } from "./issue";\nexport function label(i: Issue): string {\n  return "#" + i.key;\n}\nexport const VERSION = 2;\n',
  ],
  "triggers/lib/index.ts": ['export { label } from "./format";\n', 'export * from "./format";\n'],
  "triggers/lib/globals.ts": [
    'import type { Issue } from "./issue";\ndeclare global {\n  interface Ticket { issue: Issue }\n}\nexport {};\n',
    'import type { Issue } from "./issue";\ndeclare global {\n  interface Ticket { issue: Issue; id: string }\n}\nexport {};\n',
    'declare global {\n  interface Ticket { issue: string\n}\nexport {};\n', // a syntax error
    undefined,
  ],
  "typings/extra.d.ts": [
    "interface Extra { n: number }\n",
    "interface Extra { n: string }\n",
    "interface Extra { n: number\n", // a syntax error
    undefined,
  ],
  "triggers/a.ts": [
    trigger("A", 'import { label } from "./lib/index";\nconst s: string = label({ key: "A-1" });\ndebug(s);'),
    trigger("A", 'import { label } from "./lib/index";\nconst s: string = label({ key: "A-2" });\ndebug(s);'),
    trigger("A", 'import * as lib from "./lib/index";\ndebug(String(lib.VERSION));'),
  ],
  "triggers/b.ts": [
    trigger("B", 'const t: Ticket = { issue: { key: "B-1" } };\ndebug(String(t.issue.key));'),
    trigger("B", 'const t: Ticket = { issue: { key: "B-2" }, id: "x" };\ndebug(t.id);'),
    trigger("B", 'debug("b");'),
  ],
  "triggers/c.ts": [
    trigger("C", "const e: Extra = { n: 1 };\ndebug(String(e.n));"),
    trigger("C", 'const e: Extra = { n: "1" };\ndebug(String(e.n));'),
    trigger("C", "debug('c' +);"), // a syntax error
  ],
  "triggers/d.ts": [undefined, trigger("D", 'import { label } from "./lib/format";\ndebug(label({ key: "D" }));')],
};

/** A small seeded generator (mulberry32), so that a failing walk can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a build reports and writes, to compare. */
function outcome(r: BuildResult): { diagnostics: string[]; scripts: Record<string, string> } {
  return {
    diagnostics: r.diagnostics.map(
      (d) => `${d.code} ${d.location?.file}:${d.location?.line}:${d.location?.column} ${d.message}`,
    ),
    scripts: Object.fromEntries(r.triggers.map((t) => [t.id, t.code])),
  };
}

describe("builds that reuse earlier builds", () => {
  it("report and write what a build with nothing cached does, edit after edit", async () => {
    const files = Object.fromEntries(
      Object.entries(VERSIONS).flatMap(([path, versions]) => (versions[0] ? [[path, versions[0]]] : [])),
    );
    const t = tempProject(files);
    t.write(
      "tsconfig.json",
      JSON.stringify({ extends: join(REPO, "tsconfig.base.json"), include: ["triggers", "typings"] }),
    );
    const watchCache = new BuildCache(undefined);
    const session = new TypecheckSession();
    onTestFinished(() => session.close());
    const next = random(11);
    const paths = Object.keys(VERSIONS);
    const current = Object.fromEntries(paths.map((p) => [p, 0]));
    const steps: string[] = [];
    let failing = 0;
    for (let step = 0; step <= 24; step++) {
      if (step > 0) {
        const path = paths[Math.floor(next() * paths.length)]!;
        const versions = VERSIONS[path]!;
        const v = (current[path]! + 1 + Math.floor(next() * (versions.length - 1))) % versions.length;
        current[path] = v;
        const text = versions[v];
        if (text === undefined) rmSync(join(t.root, path));
        else t.write(path, text);
        steps.push(`${path}@${v}`);
      }
      const clean = outcome(await buildProject(t.project, { cache: new BuildCache(undefined), write: false }));
      const cached = outcome(await buildProject(t.project, { write: false }));
      const watched = outcome(await buildProject(t.project, { cache: watchCache, session, write: false }));
      const replay = `after the edits ${steps.join(", ") || "(none)"}`;
      expect(cached, `cached on disk, ${replay}`).toEqual(clean);
      expect(watched, `watch mode, ${replay}`).toEqual(clean);
      if (clean.diagnostics.some((d) => d.startsWith("EH3"))) failing++;
    }
    // The walk went through broken states and back (it is not comparing empty results).
    expect(failing).toBeGreaterThan(5);
    expect(failing).toBeLessThan(25);
  }, 120_000);
});
