/**
 * The comparison build of the compiler benchmark: what a project would set up without ehtrig to
 * get one ES5 script per trigger — rollup with @rollup/plugin-node-resolve, TypeScript stripped
 * by esbuild (the same strip ehtrig's lowering starts with, and cheap next to Babel, so the
 * comparison is about bundling and lowering), then @rollup/plugin-babel with ehtrig's own preset
 * and helpers bundled once per script. Rollup writes one IIFE per build, so each trigger is its own
 * build; the builds share rollup's module cache, which lets the shared modules be lowered once
 * (rollup's best case). Source maps are generated, as ehtrig's are. No type-check, no gate.
 */
import { babel } from "@rollup/plugin-babel";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import * as esbuild from "esbuild";
import { rollup, type Plugin, type RollupCache } from "rollup";
import type { TransformOptions } from "@babel/core";
import { loweringOptions } from "../build/lower.ts";

const EXTENSIONS = [".ts", ".mts", ".js", ".mjs"];

/** Strips TypeScript with esbuild, keeping a source map for Babel to chain. */
function stripTypes(): Plugin {
  return {
    name: "strip-types",
    async transform(code, id) {
      if (!/\.[mc]?ts$/.test(id)) return null;
      const out = await esbuild.transform(code, {
        loader: "ts",
        format: "esm",
        target: "esnext",
        sourcemap: "external",
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      });
      return { code: out.code, map: out.map };
    },
  };
}

/** Builds every entry to an ES5 IIFE with its source map; returns the total output size. */
export async function rollupBabelBuild(entries: readonly string[]): Promise<number> {
  let cache: RollupCache | undefined;
  let bytes = 0;
  for (const input of entries) {
    const build = await rollup({
      input,
      cache,
      treeshake: true,
      logLevel: "silent",
      plugins: [
        nodeResolve({ extensions: EXTENSIONS }),
        stripTypes(),
        babel({
          // (the plugin's option type narrows Babel's file filters, which LOWER_OPTIONS leaves unset)
          ...(loweringOptions() as Omit<TransformOptions, "include" | "exclude" | "only" | "ignore">),
          sourceType: "module",
          babelHelpers: "bundled",
          extensions: EXTENSIONS,
          skipPreflightCheck: true,
        }),
      ],
    });
    cache = build.cache;
    const { output } = await build.generate({ format: "iife", sourcemap: true });
    for (const chunk of output) if (chunk.type === "chunk") bytes += chunk.code.length;
    await build.close();
  }
  return bytes;
}
