/**
 * The files a tsconfig's include may add besides the trigger sources (build/typecheck/included.ts),
 * found along the `extends` chain as tsc finds them.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { declaresGlobals } from "../../build/typecheck/ambient.ts";
import { inclusionOf, includedFiles } from "../../build/typecheck/included.ts";
import { REPO, tempProject } from "../support/project.ts";

const listed = (t: ReturnType<typeof tempProject>) =>
  includedFiles(inclusionOf(join(t.root, "tsconfig.json"), t.read("tsconfig.json")).starts, []).map((f) =>
    f.slice(t.root.length + 1),
  );

describe("the files a tsconfig includes", () => {
  it("lists each include pattern's folder, from the folder of the tsconfig that names it", async () => {
    const t = tempProject({
      "typings/a.d.ts": "",
      "configs/base.json": JSON.stringify({ include: ["../typings/**/*.d.ts"] }),
      "scripts/tool.ts": "",
    });
    t.write("tsconfig.json", '// comments are allowed\n{ "extends": "./configs/base.json" }\n');
    expect(listed(t)).toEqual(["typings/a.d.ts"]);
  });

  it("lists nothing when a files list comes first, as ehtrig's base tsconfig has", async () => {
    const t = tempProject({ "scripts/tool.ts": "" });
    t.write("tsconfig.json", JSON.stringify({ extends: join(REPO, "tsconfig.base.json") }));
    expect(listed(t)).toEqual([]);
  });

  it("lists every TypeScript file of the project when no config says what to include", async () => {
    const t = tempProject({ "scripts/tool.mts": "", "node_modules/x/index.d.ts": "", ".hidden/y.ts": "" });
    t.write("tsconfig.json", "{}");
    expect(listed(t)).toEqual(["scripts/tool.mts"]);
  });

  it("keeps looking along the chain for an include when the tsconfig lists files of its own", async () => {
    const t = tempProject({
      "typings/g.d.ts": "",
      "lib/util.ts": "",
      "shared.json": JSON.stringify({ include: ["triggers", "lib"] }),
    });
    t.write("tsconfig.json", JSON.stringify({ extends: "./shared.json", files: ["typings/g.d.ts"] }));
    expect(listed(t)).toEqual(["lib/util.ts"]);
  });
});

describe("files that surely declare globals", () => {
  it("are those with declare global, and declaration files that are not modules", () => {
    expect(declaresGlobals("a.ts", "declare global {\n  interface X {}\n}\nexport {};")).toBe(true);
    expect(declaresGlobals("g.d.ts", "declare namespace App {\n  export interface X {}\n}\n")).toBe(true);
    expect(declaresGlobals("m.d.ts", "export interface X {}\n")).toBe(false);
    expect(declaresGlobals("a.ts", 'import "setup";\nexport const x = 1;\n')).toBe(false);
  });
});
