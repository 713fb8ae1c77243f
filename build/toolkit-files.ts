/**
 * Where the toolkit's own files are. The same code runs from its TypeScript sources (this
 * repository: tests, development) and compiled into lib/ (the installed package); a file that
 * has to be handed to another thread or tool by path is found here, in either layout.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** True when this module is running as TypeScript source rather than compiled lib/ code. */
export const FROM_SOURCE = import.meta.url.endsWith(".ts");

let root: string | undefined;

/** The folder of the toolkit's package.json (the repository, or node_modules/ehtrig). */
export function toolkitRoot(): string {
  if (root !== undefined) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "ehtrig")
      return (root = dir);
    if (dirname(dir) === dir) throw new Error("cannot find the ehtrig package root");
  }
}

/**
 * @param source path of the TypeScript (or plain JS) file in the repository
 * @param compiled path of the same entry in the package, under lib/
 */
export function toolkitFile(source: string, compiled: string): string {
  return join(toolkitRoot(), FROM_SOURCE ? source : join("lib", compiled));
}
