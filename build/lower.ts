/**
 * Stage 4: Babel lowers the esnext bundle to ES5. Helpers are inlined as top-level functions
 * (no require, no core-js, no regenerator-runtime); the input source map is chained so every
 * position still leads back to the TypeScript.
 *
 * Targets are pinned to IE 9: "no targets" means ES5 only on Babel 7, and IE 11 would leave
 * function declarations in blocks, which ES5 does not allow. The assumptions choose helpers
 * that need no ES2015 built-ins. `iterableIsArray` alone would silently break for-of over
 * non-arrays; it is safe here only because array-iteration.ts first passes every value it cannot
 * prove to be an array through an ES5 helper that makes it one. Options are written so a later
 * move to Babel 8 only drops `bugfixes`.
 */
import { transformAsync, type TransformOptions } from "@babel/core";
import presetEnv from "@babel/preset-env";
import { arrayIteration } from "./array-iteration.ts";
import { foldProbes } from "./fold-probes.ts";
import { ponyfillCalls } from "./ponyfill-calls.ts";

export const LOWER_OPTIONS: TransformOptions = {
  babelrc: false,
  configFile: false,
  browserslistConfigFile: false,
  sourceType: "script",
  sourceMaps: true,
  compact: false,
  comments: true,
  // esbuild's /* @__PURE__ */ and Babel's #__PURE__ annotations mean nothing to the engine.
  shouldPrintComment: (comment) => !/^[#@]__PURE__$/.test(comment.trim()),
  presets: [
    [
      presetEnv,
      {
        targets: { ie: "9" },
        ignoreBrowserslistConfig: true,
        modules: false,
        bugfixes: true,
        // typeof-symbol would wrap every typeof in a helper; the rest transform constructs the
        // gate rejects before lowering (async, generators, sticky/set-notation RegExps), so running
        // them would only cost time.
        exclude: [
          "transform-typeof-symbol",
          "transform-regenerator",
          "transform-async-to-generator",
          "transform-async-generator-functions",
          "transform-sticky-regex",
          "transform-unicode-sets-regex",
        ],
      },
    ],
  ],
  assumptions: {
    skipForOfIteratorClosing: true,
    iterableIsArray: true,
    setSpreadProperties: true,
    setClassMethods: true,
    noClassCalls: true,
    constantSuper: true,
    superIsCallableConstructor: true,
    setPublicClassFields: true,
    privateFieldsAsProperties: true,
    noDocumentAll: true,
    ignoreToPrimitiveHint: true,
    setComputedProperties: true,
    noNewArrows: true,
  },
};

export interface Lowered {
  code: string;
  map: string;
}

export interface LowerOptions {
  /** Names the engine has (ES5, engine globals, allowed built-ins): probes of others are folded. */
  present?: (name: string) => boolean;
  /** Built-ins whose calls are rewritten to inlined ES5 ponyfills. */
  ponyfilled?: readonly string[];
}

export async function lower(
  code: string,
  map: string,
  filename: string,
  { present, ponyfilled = [] }: LowerOptions = {},
): Promise<Lowered> {
  const plugins = [
    ...(present ? [foldProbes(present)] : []),
    arrayIteration,
    ...(ponyfilled.length ? [ponyfillCalls(ponyfilled)] : []),
  ];
  const out = await transformAsync(code, {
    ...LOWER_OPTIONS,
    plugins: plugins as TransformOptions["plugins"],
    filename,
    inputSourceMap: JSON.parse(map),
  });
  if (!out?.code || !out.map) throw new Error(`Babel returned no output for ${filename}`);
  return { code: out.code, map: JSON.stringify(out.map) };
}
