/**
 * A build that reuses what earlier builds left (the cache on disk, as `ehtrig build` runs, and
 * watch mode's cache in memory with its type-check session) must report exactly what a build
 * with nothing cached reports, and leave the same output folder. A seeded walk of edits across
 * modules that import each other, a file declaring globals, a typings/ folder the tsconfig
 * includes, syntax errors and files coming and going compares the three after every edit.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { BuildCache } from "../../build/cache.ts";
import { buildProject, type BuildResult } from "../../build/pipeline.ts";
import { TypecheckSession } from "../../build/typecheck/session.ts";
import { loadProject } from "../../build/project/config.ts";
import { REPO, tempProject, triggerSource } from "../support/project.ts";

const trigger = (name: string, body: string) => triggerSource(name, ["TIMER_30SEC"], body);

/** Each file's versions; undefined: the file does not exist. */
const TYPES: Record<string, (string | undefined)[]> = {
  "tsconfig.json": [
    JSON.stringify({ extends: join(REPO, "tsconfig.base.json"), include: ["triggers", "typings"] }),
    JSON.stringify({ extends: join(REPO, "tsconfig.base.json"), include: ["triggers"] }),
    // (comments, as tsconfig files allow, and patterns with wildcards)
    `// settings\n${JSON.stringify({
      extends: join(REPO, "tsconfig.base.json"),
      include: ["triggers/**/*", "typings/*.d.ts"],
      compilerOptions: { strict: false },
    })}`,
  ],
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
    "declare global {\n  interface Ticket { issue: string\n}\nexport {};\n", // a syntax error
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
  "triggers/d.ts": [
    undefined,
    trigger("D", 'import { label } from "./lib/format";\ndebug(label({ key: "D" }));'),
  ],
};

const config = (extra: object) =>
  JSON.stringify({ targets: { "ticket-server": { type: "http" } }, ...extra }, null, 2);

/** Settings, data and npm code: what the lowering, bundling and gate caches depend on. */
const SETTINGS: Record<string, (string | undefined)[]> = {
  "ehtrig.config.json": [
    config({}),
    config({ engine: { language: "extrahop-es2015" } }),
    config({ engine: { ponyfills: true } }),
    config({ engine: { language: "extrahop-es2015", remove: ["Object.assign"] } }),
    JSON.stringify({ targets: { tickets: { type: "http" } } }),
  ],
  "triggers/lib/data.json": ['{ "prefix": "#" }\n', '{ "prefix": "issue " }\n', '{ "prefix": \n'],
  "node_modules/pad/package.json": [
    JSON.stringify({ name: "pad", version: "1.0.0", main: "index.js" }),
    JSON.stringify({ name: "pad", version: "1.0.0", main: "plain.js" }),
  ],
  "node_modules/pad/plain.js": ['module.exports = function pad(s) { return "[" + s + "]"; };\n'],
  "node_modules/pad/index.d.ts": ["export default function pad(s: string): string;\n"],
  "node_modules/pad/index.js": [
    'module.exports = function pad(s) { return " " + s; };\n',
    "module.exports = function pad(s) { return Object.assign({}, { s: s }).s; };\n",
    "module.exports = (s) => `${s} `;\n",
    "module.exports = function pad(s) { return s +; };\n",
  ],
  "triggers/a.ts": [
    trigger(
      "A",
      'import data from "./lib/data.json";\nimport pad from "pad";\ndebug(pad(data.prefix + "1"));',
    ),
    trigger("A", 'debug(Object.assign({}, { a: "x" }).a + "ab".startsWith("a"));'),
    triggerSource("A", ["HTTP_REQUEST"], 'import pad from "pad";\ndebug(pad(HTTP.uri));'),
  ],
  "triggers/b.ts": [
    trigger(
      "B",
      'Remote.HTTP("ticket-server").post({ path: "/rest/api/issue", payload: JSON.stringify([1, ...[2]]) });',
    ),
    trigger("B", 'Remote.HTTP("tickets").post({ path: "/rest/api/issue", payload: "{}" });'),
    trigger("B", "for (const n of [1, 2]) debug(String(n));"),
  ],
};

/** Trigger metadata: names, events, a missing or broken statement, triggers importing a trigger. */
const META: Record<string, (string | undefined)[]> = {
  "triggers/a.ts": [
    trigger("A", 'export function shared(): string { return "s"; }\ndebug("a");'),
    trigger("B", 'export function shared(): string { return "s"; }\ndebug("a");'),
    triggerSource(
      "A",
      ["HTTP_REQUEST", "HTTP_RESPONSE"],
      'export function shared(): string { return "t"; }\ndebug(HTTP.uri);',
    ),
    'export function shared(): string { return "s"; }\ndebug("no metadata");\n',
    triggerSource("A", ["NOT_AN_EVENT"], 'export function shared(): string { return "s"; }'),
    'export const trigger = { name: "A", events: ["TIMER_30SEC"] satisfies TriggerConfig;\nexport function shared(): string { return "s"; }\n',
  ],
  "triggers/b.ts": [
    trigger("B", 'import { shared } from "./a";\ndebug(shared());'),
    trigger("B2", 'import { shared } from "./a";\ndebug(shared() + "!");'),
    trigger("B", 'debug("alone");'),
  ],
  "triggers/c.ts": [
    undefined,
    trigger("C", 'import { shared } from "./a";\nconst n: number = shared();\ndebug(String(n));'),
  ],
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

/** What a build reports and writes, to compare (the project's folder written <root>). */
function outcome(r: BuildResult, root: string): { diagnostics: string[]; scripts: Record<string, string> } {
  const plain = (text: string) => text.split(root).join("<root>");
  return {
    diagnostics: r.diagnostics.map((d) =>
      plain(`${d.code} ${d.location?.file}:${d.location?.line}:${d.location?.column} ${d.message}`),
    ),
    scripts: Object.fromEntries(r.triggers.map((t) => [t.id, plain(t.code)])),
  };
}

/** An output folder's files and their text. */
function folder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
}

/**
 * Walks `steps` edits from the first version of every file, each picked by the seed, in two copies
 * of the project: one built with nothing cached and then as `ehtrig build` builds (the cache on
 * disk), the other as watch mode does (one cache and type-check session all along). Returns how
 * many steps a clean build found problems in, and how many checks the session answered.
 */
async function walk(
  versions: Record<string, (string | undefined)[]>,
  seed: number,
  steps: number,
): Promise<{ failing: number; answered: number }> {
  const first = Object.fromEntries(
    Object.entries(versions).flatMap(([path, v]) => (v[0] === undefined ? [] : [[path, v[0]]])),
  );
  const t = tempProject(first);
  const w = tempProject(first);
  const watchCache = new BuildCache(w.root);
  const session = new TypecheckSession();
  onTestFinished(() => session.close());
  const next = random(seed);
  const paths = Object.keys(versions).filter((p) => versions[p]!.length > 1);
  const current = Object.fromEntries(paths.map((p) => [p, 0]));
  const done: string[] = [];
  let failing = 0;
  for (let step = 0; step <= steps; step++) {
    if (step > 0) {
      const path = paths[Math.floor(next() * paths.length)]!;
      const all = versions[path]!;
      const v = (current[path]! + 1 + Math.floor(next() * (all.length - 1))) % all.length;
      current[path] = v;
      for (const p of [t, w]) {
        if (all[v] === undefined) rmSync(join(p.root, path));
        else p.write(path, all[v]);
      }
      done.push(`${path}@${v}`);
    }
    // Each writes its output folder, as the commands do (nothing when the build fails).
    const clean = outcome(
      await buildProject(loadProject(t.root), {
        cache: new BuildCache(undefined),
        outDir: join(t.root, "dist-clean"),
      }),
      t.root,
    );
    const cached = outcome(await buildProject(loadProject(t.root)), t.root);
    // (the session, opened again after each whole-project check, answers whenever it may)
    await session.opened();
    const watched = outcome(await buildProject(loadProject(w.root), { cache: watchCache, session }), w.root);
    const replay = `seed ${seed}, after the edits ${done.join(", ") || "(none)"}`;
    expect(cached, `cached on disk, ${replay}`).toEqual(clean);
    expect(watched, `watch mode, ${replay}`).toEqual(clean);
    const written = folder(join(t.root, "dist-clean"));
    expect(folder(join(t.root, "dist")), `output folder, ${replay}`).toEqual(written);
    expect(folder(join(w.root, "dist")), `watch mode's output folder, ${replay}`).toEqual(written);
    if (clean.diagnostics.length) failing++;
  }
  return { failing, answered: session.answered };
}

describe("builds that reuse earlier builds", () => {
  it("report and write what a build with nothing cached does, edit after edit of the types", async () => {
    const { failing, answered } = await walk(TYPES, 7, 24);
    // The walk went through broken states and back (it is not comparing empty results), and
    // watch mode's session answered some checks itself.
    expect(failing).toBeGreaterThan(5);
    expect(failing).toBeLessThan(25);
    expect(answered).toBeGreaterThan(0);
  }, 120_000);

  it("report and write what a build with nothing cached does, edit after edit of settings, data and npm code", async () => {
    const { failing } = await walk(SETTINGS, 5, 20);
    expect(failing).toBeGreaterThan(2);
  }, 120_000);

  it("report and write what a build with nothing cached does, edit after edit of trigger metadata", async () => {
    const { failing } = await walk(META, 3, 16);
    expect(failing).toBeGreaterThan(2);
  }, 120_000);
});
