/**
 * Trigger code is an ES module whatever the package.json of the project says: a CommonJS
 * project (the npm default) gets the same scripts as an ESM one, never a __commonJS wrapper.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject, loadProject } from "../../build/index.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const FILES = {
  "triggers/no-imports.ts": triggerSource("no-imports", ["DETECTION_UPDATE"], 'debug("one");'),
  "triggers/with-lib.ts": `import "./lib/side";\nimport { twice } from "./lib/twice";\n${triggerSource("with-lib", ["DETECTION_UPDATE"], "debug(String(twice(Detection.id)));")}`,
  "triggers/lib/side.ts": 'debug("side effect only");\n',
  "triggers/lib/twice.ts": "export function twice(n: number): number {\n  return n * 2;\n}\n",
};

async function scripts(type: string | undefined): Promise<Record<string, string>> {
  const p = tempProject(FILES);
  writeFileSync(
    join(p.root, "package.json"),
    JSON.stringify({ name: "user-project", version: "1.0.0", ...(type ? { type } : {}) }),
  );
  const result = await buildProject(loadProject(p.root), { write: false });
  expect(result.diagnostics).toEqual([]);
  return Object.fromEntries(result.triggers.map((t) => [t.id, t.code]));
}

describe("package.json type", () => {
  it("does not change the output: no __commonJS wrapper in a CommonJS project", async () => {
    const esm = await scripts("module");
    expect(Object.keys(esm)).toEqual(["no-imports", "with-lib"]);
    for (const type of ["commonjs", undefined]) {
      const out = await scripts(type);
      for (const code of Object.values(out)) expect(code).not.toMatch(/__commonJS|require_/);
      expect(out).toEqual(esm);
    }
  });
});
