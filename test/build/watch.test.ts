/** Watch mode rebuilds only what a change affects and keeps going after errors. */
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import type { BuildResult } from "../../build/index.ts";
import { watchProject, type WatchOptions } from "../../build/watch.ts";
import { REPO, tempProject, triggerSource, writeTsconfig } from "../support/project.ts";

/** Watches a project and hands each build's result to the test as it comes. */
function watchResults(root: string, options?: WatchOptions) {
  const results: BuildResult[] = [];
  let notify: (() => void) | undefined;
  const handle = watchProject(
    root,
    {
      onBuild(result) {
        results.push(result);
        notify?.();
      },
      onError(e) {
        throw e;
      },
    },
    options,
  );
  /** The result of the build that the next change starts. */
  const next = () =>
    new Promise<BuildResult>((resolve) => (notify = () => resolve(results[results.length - 1]!)));
  return { handle, results, next };
}

/** Watches a project until the test ends; resolves once the first build is done. */
async function watching(root: string, options?: WatchOptions) {
  const watched = watchResults(root, options);
  onTestFinished(() => watched.handle.close());
  await watched.handle.ready;
  return watched;
}

describe("watch", () => {
  it("rebuilds the touched trigger, reuses the others, reports errors and recovers", async () => {
    const t = tempProject({
      "triggers/a.ts": triggerSource(
        "a",
        ["DETECTION_UPDATE"],
        'import { tag } from "./lib/tag";\ndebug(tag("a"));',
      ),
      "triggers/b.ts": triggerSource("b", ["DETECTION_UPDATE"], 'debug("b");'),
      "triggers/c.ts": triggerSource(
        "c",
        ["DETECTION_UPDATE"],
        'import { tag } from "./lib/tag";\ndebug(tag("c"));',
      ),
      "triggers/lib/tag.ts": 'export function tag(s: string): string { return "[" + s + "]"; }\n',
    });
    const { results, next } = await watching(t.root);
    expect(results[0]!.ok).toBe(true);

    const rebuilt = (r: BuildResult) => r.triggers.filter((x) => !x.cached).map((x) => x.id);
    let waiting = next();
    t.write("triggers/b.ts", triggerSource("b", ["DETECTION_UPDATE"], 'debug("b2");'));
    expect(rebuilt(await waiting)).toEqual(["b"]);

    waiting = next();
    t.write("triggers/lib/tag.ts", 'export function tag(s: string): string { return "<" + s + ">"; }\n');
    expect(rebuilt(await waiting)).toEqual(["a", "c"]);

    waiting = next();
    t.write("triggers/b.ts", triggerSource("b", ["DETECTION_UPDATE"], "debug(HTTP.uri);"));
    const failed = await waiting;
    expect(failed.ok).toBe(false);
    expect(failed.diagnostics.map((d) => d.code)).toEqual(["EH501"]);

    waiting = next();
    t.write("triggers/b.ts", triggerSource("b", ["DETECTION_UPDATE"], 'debug("fixed");'));
    expect((await waiting).ok).toBe(true);
    expect(t.read("dist/b.js")).toContain('debug("fixed")');
  });

  it("rebuilds when a folder the tsconfig includes changes, and not for what builds write", async () => {
    const t = tempProject({
      "typings/jira.d.ts": "interface JiraIssue { key: string }\n",
      "triggers/a.ts": triggerSource(
        "a",
        ["DETECTION_UPDATE"],
        'const i: JiraIssue = { key: "1" };\ndebug(i.key);',
      ),
    });
    writeTsconfig(t.root, ["triggers", "typings"]);
    const { results, next } = await watching(t.root);
    expect(results[0]!.ok).toBe(true);
    const waiting = next();
    t.write("typings/jira.d.ts", "interface JiraIssue { id: string }\n");
    const after = await waiting;
    expect(after.diagnostics.map((d) => `${d.code} ${d.location?.file}:${d.location?.line}`)).toEqual([
      "EH300 triggers/a.ts:2",
      "EH300 triggers/a.ts:3",
    ]);
    // (the build above wrote its cache; nothing more comes of that)
    await new Promise((r) => setTimeout(r, 400));
    expect(results).toHaveLength(2);
  });

  it("rebuilds when a tsconfig that the project's tsconfig extends changes", async () => {
    const t = tempProject({
      "triggers/a.ts": triggerSource(
        "a",
        ["DETECTION_UPDATE"],
        "function f(x) {\n  return x;\n}\ndebug(String(f(1)));",
      ),
      "shared.json": JSON.stringify({ extends: join(REPO, "tsconfig.base.json") }),
    });
    t.write("tsconfig.json", JSON.stringify({ extends: "./shared.json", include: ["triggers"] }));
    const { results, next } = await watching(t.root);
    expect(results[0]!.ok).toBe(false); // x is implicitly any
    const waiting = next();
    t.write(
      "shared.json",
      JSON.stringify({
        extends: join(REPO, "tsconfig.base.json"),
        compilerOptions: { noImplicitAny: false },
      }),
    );
    expect((await waiting).ok).toBe(true);
  });

  it("with typecheck off, rebuilds a trigger with a type error and still gates it", async () => {
    const t = tempProject({
      "triggers/a.ts": triggerSource(
        "a",
        ["DETECTION_UPDATE"],
        'const n: number = "one";\ndebug(String(n));',
      ),
    });
    const { results, next } = await watching(t.root, { typecheck: false });
    expect(results[0]!.ok).toBe(true);
    expect(t.read("dist/a.js")).toContain('"one"');
    const waiting = next();
    t.write("triggers/a.ts", triggerSource("a", ["DETECTION_UPDATE"], "debug(HTTP.uri);"));
    const gated = await waiting;
    expect(gated.ok).toBe(false);
    expect(gated.diagnostics.map((d) => d.code)).toEqual(["EH501"]);
  });
});
