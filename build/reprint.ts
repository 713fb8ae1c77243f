/**
 * Stage 5: a parse-and-print pass with no plugins. Babel inlines its helpers on one compact line
 * each; printing the whole script again lays them out like the rest of the code, drops
 * `#__PURE__` and helper-marker comments, and keeps the source-map chain.
 */
import { transformAsync } from "@babel/core";

const NOISE = /^[#@]__PURE__$|^@babel\/helpers|regenerator-runtime/;

export async function reprint(
  code: string,
  map: string,
  filename: string,
): Promise<{ code: string; map: string }> {
  const out = await transformAsync(code, {
    babelrc: false,
    configFile: false,
    browserslistConfigFile: false,
    sourceType: "script",
    filename,
    inputSourceMap: JSON.parse(map),
    sourceMaps: true,
    compact: false,
    shouldPrintComment: (c) => !NOISE.test(c.trim()),
  });
  if (!out?.code || !out.map) throw new Error(`Babel returned no output for ${filename}`);
  return { code: out.code, map: JSON.stringify(out.map) };
}
