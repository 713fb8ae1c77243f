/**
 * The esbuild plugin that makes bundling combine lowered modules: every source file is loaded as
 * its ES5 lowering (lower-module.ts, cached by content) of the text the build gives (trigger files
 * with their metadata statement blanked: same length, so positions stay true), JSON files as the
 * build read them, and `ehtrig-helper:<name>` imports resolve to one virtual module per helper.
 */
import type * as esbuild from "esbuild";
import { dirname, join } from "node:path";
import { BuildCache } from "../cache.ts";
import type { Diagnostic } from "../diagnostics.ts";
import { HELPER_PREFIX } from "./helper-imports.ts";
import { helperModule } from "./helper-source.ts";
import { LoweringError, lowerModule } from "./lower-module.ts";
import type { Schedule } from "./lowering-queue.ts";
import type { CachedModule, ModuleCache } from "./module-cache.ts";

export interface LowerModulesOptions {
  root: string;
  allowed: readonly string[];
  ponyfilled: readonly string[];
  cache: ModuleCache;
  /** A module's source text; a trigger file's with its metadata statement blanked. */
  read: (path: string) => string;
  /** Filled in: constructs the engine cannot run, by module path. */
  diagnostics: Map<string, Diagnostic[]>;
  /** Filled in: each loaded module's code (UTF-8), whose inline map leads back to the original. */
  loaded: Map<string, Buffer>;
  /** Filled in: each loaded module's cache key (a cached trigger lists the keys it is made of). */
  keys: Map<string, string>;
  /** Runs each module's load in this bundler call's turn (lowering-queue.ts); at once without. */
  schedule?: Schedule;
}

const NAMESPACE = "ehtrig-helper";

/** Marks a bundler error that Babel raised while lowering a module (EH401, not EH400). */
export const LOWERING_PREFIX = "Babel: ";

export function lowerModulesPlugin(o: LowerModulesOptions): esbuild.Plugin {
  const settings = JSON.stringify([o.allowed, o.ponyfilled]);
  return {
    name: "ehtrig-lower-modules",
    setup(build) {
      build.onResolve({ filter: /^ehtrig-helper:/ }, (args) => ({
        path: args.path.slice(HELPER_PREFIX.length),
        namespace: NAMESPACE,
      }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: helperModule(args.path),
        loader: "js",
        resolveDir: o.root,
      }));
      const load = async (args: esbuild.OnLoadArgs): Promise<esbuild.OnLoadResult> => {
        const contents = o.read(args.path);
        const loader = /\.[mc]?ts$/.test(args.path) ? "ts" : "js";
        const key = BuildCache.keyOf("module", args.path, settings, contents);
        let lowered: CachedModule;
        try {
          lowered = await o.cache.get(key, async () => {
            const out = await lowerModule({
              path: args.path,
              root: o.root,
              contents,
              loader,
              allowed: o.allowed,
              ponyfilled: o.ponyfilled,
            });
            // Trigger code is always an ES module. A TypeScript file with no import or export left
            // (an entry once its config is blanked, a side-effect-only helper) would otherwise be
            // wrapped by esbuild in __commonJS in a package whose package.json says "commonjs".
            const code = loader === "ts" ? asModule(out.code) : out.code;
            return { contents: Buffer.from(code), diagnostics: out.diagnostics, lowered: out.lowered };
          });
        } catch (err) {
          // esbuild could not read the module (a syntax error): its own messages, with their
          // places in the module, not a failed callback placed at the line that imports it.
          if (isTransformFailure(err)) return { errors: err.errors };
          if (!(err instanceof LoweringError)) throw err;
          const at = err.location;
          return {
            errors: [
              {
                text: `${LOWERING_PREFIX}${err.message}`,
                location: at ? { file: join(o.root, at.file), line: at.line, column: at.column - 1 } : null,
              },
            ],
          };
        }
        o.diagnostics.set(args.path, lowered.diagnostics);
        o.loaded.set(args.path, lowered.contents);
        o.keys.set(args.path, key);
        return { contents: lowered.contents, loader: "js", resolveDir: dirname(args.path) };
      };
      const schedule: Schedule = o.schedule ?? ((task) => task());
      build.onLoad({ filter: /\.(ts|mts|cts|js|mjs|cjs)$/ }, (args) =>
        args.path.endsWith(".d.ts") ? undefined : schedule(() => load(args)),
      );
      // JSON data is not lowered, but read as the build read it (the bytes its hash stands for,
      // which the trigger cache records).
      build.onLoad({ filter: /\.json$/ }, (args) => ({ contents: o.read(args.path), loader: "json" }));
    },
  };
}

/** `export {}` added before the inline source map comment, which must stay last. */
function asModule(code: string): string {
  const at = code.lastIndexOf("\n//# sourceMappingURL=");
  return at < 0 ? `${code}\nexport {};\n` : `${code.slice(0, at)}\nexport {};${code.slice(at)}`;
}

function isTransformFailure(err: unknown): err is { errors: esbuild.PartialMessage[] } {
  const errors = err instanceof Error ? (err as { errors?: unknown }).errors : undefined;
  return Array.isArray(errors) && errors.length > 0;
}
