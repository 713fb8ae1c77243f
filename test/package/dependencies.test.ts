/**
 * The package declares every package its compiled code imports: lib/ (what the package runs)
 * imports only Node built-ins, `dependencies` and `peerDependencies`; never a devDependency
 * (prettier, tsx, …), which an installed package would not have.
 */
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { esbuildOptions } from "../../scripts/package/compile-toolkit.mjs";
import { REPO } from "../support/project.ts";

/** The package name of a bare import specifier (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

describe("the package's dependencies", () => {
  it("cover every import of lib/", async () => {
    const result = await esbuild.build({
      ...esbuildOptions(join(REPO, "lib")),
      write: false,
      metafile: true,
    });
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]);
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    for (const output of Object.values(result.metafile.outputs))
      for (const imp of output.imports) {
        if (!imp.external || imp.path.startsWith("node:") || builtins.has(imp.path)) continue;
        imported.add(packageOf(imp.path));
      }
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported].filter((p) => !declared.has(p)).sort()).toEqual([]);
    for (const dev of ["prettier", "tsx"]) expect(imported.has(dev)).toBe(false);
  });

  it("ship the engine types, the base tsconfig and the config schema", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    expect(pkg.exports["./tsconfig.json"]).toBe("./tsconfig.base.json");
    for (const f of [
      "types",
      "tsconfig.base.json",
      "build/project/config.schema.json",
      "lib",
      "bin/ehtrig.js",
    ])
      expect(pkg.files).toContain(f);
  });
});
