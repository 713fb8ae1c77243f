/**
 * The editor and the build agree: the TypeScript 5.x that editors bundle (the workspace
 * test/editor-typescript) accepts the example project exactly as the build's TypeScript 7 does,
 * and rejects the same lines of a wrong trigger.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, tempProject } from "../support/project.ts";

const COMPILERS = {
  build: join(REPO, "node_modules", "typescript", "bin", "tsc"),
  editor: join(REPO, "test", "editor-typescript", "node_modules", "typescript", "bin", "tsc"),
};

function check(tsc: string, cwd: string): { status: number | null; lines: string[]; version: string } {
  const version = spawnSync(process.execPath, [tsc, "--version"], { encoding: "utf8" }).stdout.trim();
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json", "--pretty", "false"], {
    cwd,
    encoding: "utf8",
  });
  const lines = [...(r.stdout + r.stderr).matchAll(/^(.+?)\((\d+),\d+\): error TS\d+/gm)].map(
    (m) => `${m[1]}:${m[2]}`,
  );
  return { status: r.status, lines: [...new Set(lines)].sort(), version };
}

describe("editor and build", () => {
  it("run TypeScript 7 and TypeScript 5", () => {
    expect(check(COMPILERS.build, REPO).version).toMatch(/^Version 7\./);
    expect(check(COMPILERS.editor, REPO).version).toMatch(/^Version 5\./);
  });

  it("both accept the example triggers", () => {
    for (const tsc of Object.values(COMPILERS))
      expect(check(tsc, REPO)).toMatchObject({ status: 0, lines: [] });
  });

  it("both accept iteration over arrays and strings, and reject the same lines of a wrong trigger", () => {
    const p = tempProject({
      "triggers/t.ts": [
        "const pairs: [string, string][] = [['a', 'b']];",
        "for (const [k, v] of pairs) debug(k + v);",
        "const letters = [...'abc', ...['d']];",
        "for (const ch of 'xyz') letters.push(ch);",
        "const m = new Map<string, number>();",
        "const s = Symbol('x');",
        "const has = 'abc'.includes('a');",
        "const p = Promise.resolve(1);",
        "Detection.id = 3;",
        "export { m, s, has, p };",
      ].join("\n"),
    });
    writeFileSync(join(p.root, "package.json"), "{}");
    const build = check(COMPILERS.build, p.root);
    const editor = check(COMPILERS.editor, p.root);
    expect(build.lines).toEqual([
      "triggers/t.ts:5",
      "triggers/t.ts:6",
      "triggers/t.ts:7",
      "triggers/t.ts:8",
      "triggers/t.ts:9",
    ]);
    expect(editor.lines).toEqual(build.lines);
  });
});
