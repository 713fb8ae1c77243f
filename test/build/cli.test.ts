/** The ehtrig CLI: exit codes, human and JSON output, no stack traces for the user's mistakes. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { loadTrigger } from "../../simulated-engine/index.ts";
import { memoryIo } from "../../scripts/io.ts";
import { REPO, tempProject, triggerSource } from "../support/project.ts";

async function run(cwd: string, ...argv: string[]) {
  const io = memoryIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

const GOOD = triggerSource(
  "Good one",
  ["DETECTION_UPDATE"],
  'debug("id " + Detection.id);\nthrow new Error("boom");',
);

describe("ehtrig CLI", () => {
  it("build: exit 0 and a size line per trigger", async () => {
    const t = tempProject({ "triggers/good.ts": GOOD });
    const r = await run(t.root, "build");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/good\s+\d+\.\d KB\s+dist\/good\.js/);
    expect(r.out).toMatch(/built 1 trigger in \d+ ms/);
  });

  it("build: exit 1 with file:line, code and fix for a problem in the user's code; nothing written", async () => {
    const t = tempProject({
      "triggers/bad.ts": triggerSource("Bad", ["DETECTION_UPDATE"], "debug(HTTP.uri);"),
    });
    const r = await run(t.root, "build");
    expect(r.code).toBe(1);
    expect(r.err).toContain("triggers/bad.ts:2:7 error EH501 [bad]");
    expect(r.err).toContain("fix:");
    expect(r.err).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(existsSync(join(t.root, "dist"))).toBe(false);
  });

  it("build --no-typecheck: a type error no longer stops the build; the gate still does", async () => {
    const t = tempProject({
      "triggers/typo.ts": triggerSource(
        "Typo",
        ["DETECTION_UPDATE"],
        'const n: number = "one";\ndebug(String(n));',
      ),
    });
    const typed = await run(t.root, "build");
    expect(typed.code).toBe(1);
    expect(typed.err).toMatch(/triggers\/typo\.ts:2:7 error EH300 \[typo\][^]*TS2322/);
    const fast = await run(t.root, "build", "--no-typecheck");
    expect(fast.code).toBe(0);
    expect(existsSync(join(t.root, "dist", "typo.js"))).toBe(true);
    t.write("triggers/typo.ts", triggerSource("Typo", ["DETECTION_UPDATE"], "debug(HTTP.uri);"));
    const gated = await run(t.root, "build", "--no-typecheck");
    expect(gated.code).toBe(1);
    expect(gated.err).toContain("triggers/typo.ts:2:7 error EH501 [typo]");
  });

  it("check --format github: one annotation per problem on the TypeScript line, relative to the checkout", async () => {
    const t = tempProject({
      "triggers/bad.ts": triggerSource("Bad, really", ["DETECTION_UPDATE"], "debug(HTTP.uri);"),
    });
    const io = memoryIo(t.root, { GITHUB_WORKSPACE: join(t.root, "..") });
    expect(await main(["check", "--format", "github"], io)).toBe(1);
    const lines = io.stdout.join("\n").split("\n");
    const project = t.root.split("/").pop();
    expect(lines[0]).toMatch(
      new RegExp(`^::error file=${project}/triggers/bad\\.ts,line=2,col=7,title=EH501 \\[bad\\]::.+%0Afix: `),
    );
    expect(lines.at(-1)).toBe("check failed");
    const usage = await run(t.root, "check", "--format", "xml");
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/Allowed choices are human, json, github/);
  });

  it("build --json: machine-readable result", async () => {
    const t = tempProject({ "triggers/bad.ts": triggerSource("Bad", ["NOPE"], "") });
    const r = await run(t.root, "build", "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(false);
    expect(json.diagnostics[0]).toMatchObject({
      code: "EH203",
      location: { file: "triggers/bad.ts", line: 1 },
    });
  });

  it("check: verifies without writing", async () => {
    const t = tempProject({ "triggers/good.ts": GOOD });
    const r = await run(t.root, "check");
    expect(r.code).toBe(0);
    expect(existsSync(join(t.root, "dist"))).toBe(false);
  });

  it("build <name>: unknown names are a user error (exit 1)", async () => {
    const t = tempProject({ "triggers/good.ts": GOOD });
    const r = await run(t.root, "build", "nope");
    expect(r.code).toBe(1);
    expect(r.err).toContain("EH104");
  });

  it("usage errors exit 2", async () => {
    const t = tempProject({ "triggers/good.ts": GOOD });
    expect((await run(t.root, "frobnicate")).code).toBe(2);
    expect((await run(t.root, "map")).code).toBe(2);
  });

  it("a missing or invalid project config is a user error pointing at the file", async () => {
    const t = tempProject({ "triggers/good.ts": GOOD });
    t.write("ehtrig.config.json", '{\n  "targets": { "x": { "type": "ftp" } }\n}\n');
    const r = await run(t.root, "build");
    expect(r.code).toBe(1);
    expect(r.err).toContain("ehtrig.config.json:2:23 error EH101");
  });

  it("map: from a compiled line back to the TypeScript source line", async () => {
    const t = tempProject({ "triggers/good.ts": GOOD });
    await run(t.root, "build");
    const script = t.read("dist/good.js").split("\n");
    const line = script.findIndex((l) => l.includes('throw new Error("boom")')) + 1;
    const r = await run(t.root, "map", "good", String(line));
    expect(r.code).toBe(0);
    expect(r.out).toContain("triggers/good.ts:3:1");
    expect(r.out).toContain('3 | throw new Error("boom");');
    const json = JSON.parse((await run(t.root, "map", "good", `${line}:1`, "--json")).out);
    expect(json.original).toMatchObject({ file: "triggers/good.ts", line: 3 });
    expect((await run(t.root, "map", "good", "2")).code).toBe(1);
    expect((await run(t.root, "map", "good", "abc")).code).toBe(2);
  });

  it("new: scaffolds a trigger that builds, refuses to overwrite", async () => {
    const t = tempProject({});
    const r = await run(t.root, "new", "http-watch", "--event", "HTTP_RESPONSE", "HTTP_REQUEST");
    expect(r.code).toBe(0);
    expect(t.read("triggers/http-watch.ts")).toContain('events: ["HTTP_RESPONSE", "HTTP_REQUEST"]');
    expect(t.read("test/triggers/http-watch.test.ts")).toContain('loadTrigger("http-watch")');
    expect((await run(t.root, "build")).code).toBe(0);
    // what the scaffolded test asserts holds for the scaffolded trigger
    const fired = loadTrigger("http-watch", { root: t.root }).fire("HTTP_RESPONSE");
    expect(fired.error).toBeNull();
    expect(fired.logs.map((l) => l.message)).toEqual(["http-watch ran on HTTP_RESPONSE"]);
    const again = await run(t.root, "new", "http-watch", "--event", "HTTP_RESPONSE");
    expect(again.code).toBe(1);
    expect(again.err).toContain("already exists");
    expect((await run(t.root, "new", "x", "--event", "NOT_AN_EVENT")).code).toBe(2);
  });

  it("the installed bin runs as a real process with the same exit codes", () => {
    const t = tempProject({ "triggers/good.ts": GOOD });
    const ok = spawnSync(process.execPath, [join(REPO, "bin/ehtrig.js"), "build"], {
      cwd: t.root,
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    t.write("triggers/good.ts", "export const trigger = 1;");
    const bad = spawnSync(process.execPath, [join(REPO, "bin/ehtrig.js"), "build"], {
      cwd: t.root,
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("EH202");
  });

  it("a build with nothing to compile does not load Babel (a third of a CLI run's start-up)", () => {
    const t = tempProject({ "triggers/good.ts": GOOD });
    // Preloaded into the CLI process: at exit, prints how many of Babel's modules were loaded
    // (the compiler's fingerprint reads only their package.json).
    t.write(
      "report-babel.cjs",
      `process.on("exit", () => { const m = require("node:module"); process.stdout.write("\\nBABEL:" + JSON.stringify(Object.keys(m._cache).filter((k) => k.endsWith(".js") && /node_modules[\\\\/]@babel[\\\\/](core|preset-env|parser)[\\\\/]/.test(k)).length)); });`,
    );
    const build = () =>
      spawnSync(process.execPath, ["--require", "./report-babel.cjs", join(REPO, "bin/ehtrig.js"), "build"], {
        cwd: t.root,
        encoding: "utf8",
      });
    const first = build();
    expect(first.status, first.stderr).toBe(0);
    expect(Number(/BABEL:(\d+)/.exec(first.stdout)![1])).toBeGreaterThan(0);
    const again = build();
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("(cached)");
    expect(/BABEL:(\d+)/.exec(again.stdout)![1]).toBe("0");
  });
});
