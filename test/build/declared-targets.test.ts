/**
 * Issue 11, loose end of item 7: the ODS target names ehtrig.config.json declares are a typed
 * union that the editor sees too. The build writes them where the base tsconfig's `paths` find
 * them; before a first build (or without a config) every name type-checks, as before.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject } from "../../build/pipeline.ts";
import { REPO, tempProject, triggerSource } from "../support/project.ts";

/** The TypeScript 5.x that editors bundle (workspace test/editor-typescript). */
const EDITOR_TSC = join(REPO, "test", "editor-typescript", "node_modules", "typescript", "bin", "tsc");

function editorErrors(root: string): string[] {
  const r = spawnSync(process.execPath, [EDITOR_TSC, "-p", "tsconfig.json", "--pretty", "false"], {
    cwd: root,
    encoding: "utf8",
  });
  return [...(r.stdout + r.stderr).matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(
    (m) => `${m[1]}:${m[2]} ${m[3]} ${m[4]}`,
  );
}

// CONFIG declares "ticket-server" (http) and "siem" (syslog).
const BODY = [
  'Remote.HTTP("ticket-server").post({ path: "/x", payload: "{}" });',
  'Remote.Syslog("nope").info("x");',
  'Remote.HTTP("siem").post({ path: "/x", payload: "{}" });',
  'const name = "si" + "em";',
  "Remote.Syslog(name).info(String(Remote.Syslog.info('default')));",
].join("\n");

describe("declared ODS targets in the editor", () => {
  it("are unknown before a build: every name type-checks", () => {
    const t = tempProject({ "triggers/r.ts": triggerSource("R", ["DETECTION_UPDATE"], BODY) });
    writeFileSync(join(t.root, "package.json"), "{}");
    expect(editorErrors(t.root)).toEqual([]);
  });

  it("after a build, a literal undeclared or mistyped name is a type error in the editor and EH513 (once) in the build", async () => {
    const t = tempProject({ "triggers/r.ts": triggerSource("R", ["DETECTION_UPDATE"], BODY) });
    writeFileSync(join(t.root, "package.json"), "{}");
    const r = await buildProject(t.project, { write: false });
    expect(r.diagnostics.map((d) => `${d.code}:${d.location?.line}`)).toEqual([
      "EH513:3",
      "EH513:4",
      "EH513:6", // Remote.Syslog.info: the default target, which the config does not declare
    ]);
    expect(editorErrors(t.root)).toEqual([
      `triggers/r.ts:3 TS2345 Argument of type '"nope"' is not assignable to parameter of type '"siem"'.`,
      `triggers/r.ts:4 TS2345 Argument of type '"siem"' is not assignable to parameter of type '"ticket-server"'.`,
    ]);
  });

  it("a config that declares no targets makes every literal name an error, and a trigger without ODS calls builds", async () => {
    const t = tempProject(
      {
        "triggers/r.ts": triggerSource("R", ["DETECTION_UPDATE"], 'debug("no ODS");'),
      },
      { targets: {} },
    );
    writeFileSync(join(t.root, "package.json"), "{}");
    expect((await buildProject(t.project, { write: false })).ok).toBe(true);
    t.write(
      "triggers/s.ts",
      triggerSource("S", ["DETECTION_UPDATE"], 'Remote.HTTP("x").get({ path: "/" });'),
    );
    expect(editorErrors(t.root)).toEqual([
      `triggers/s.ts:2 TS2345 Argument of type '"x"' is not assignable to parameter of type 'never'.`,
    ]);
  });
});
