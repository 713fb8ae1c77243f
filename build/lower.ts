/**
 * The Babel options that lower a module to ES5 (modules/lower-module.ts): no require, no core-js,
 * no regenerator-runtime; the input source map is chained so every position still leads back to
 * the TypeScript.
 *
 * Targets are pinned to IE 9: "no targets" means ES5 only on Babel 7, and IE 11 would leave
 * function declarations in blocks, which ES5 does not allow. The assumptions choose helpers
 * that need no ES2015 built-ins. `iterableIsArray` alone would silently break for-of over
 * non-arrays; it is safe here only because array-iteration.ts first passes every value it cannot
 * prove to be an array through an ES5 helper that makes it one. Options are written so a later
 * move to Babel 8 only drops `bugfixes`.
 */
import type { TransformOptions } from "@babel/core";
import { once, presetEnv } from "./babel.ts";

/** The options, made on first use (preset-env is loaded then: babel.ts). */
export const loweringOptions = once((): TransformOptions => ({
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
      presetEnv(),
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
}));
