/**
 * Lays out Babel's inlined helpers like the rest of the code. Babel prints each helper as one
 * compact line; this replaces those lines with a formatted copy (formatted once per distinct
 * helper and remembered) and shifts the source map by the lines added. Helpers carry no
 * mappings, so the shift is exact and much cheaper than printing the whole script again.
 * Helpers that probe ES2015 built-ins are replaced by their ES5 versions (helpers-es5.ts).
 */
import { babelCore } from "./babel.ts";
import { ES5_HELPERS, helperName } from "./helpers-es5.ts";

const formatted = new Map<string, string>();

function format(line: string): string {
  let out = formatted.get(line);
  if (out === undefined) {
    const ast = babelCore().parseSync(line, { babelrc: false, configFile: false, sourceType: "script" });
    out =
      (ast &&
        babelCore().transformFromAstSync(ast, line, {
          babelrc: false,
          configFile: false,
          code: true,
          compact: false,
        })?.code) ||
      line;
    formatted.set(line, out);
  }
  return out;
}

const HELPER_LINE = /^function _?[A-Za-z0-9_$]+\(.*\}$/;

export function layoutHelpers(code: string, map: string): { code: string; map: string } {
  const lines = code.split("\n");
  const parsed = JSON.parse(map) as { mappings: string };
  const mappings = parsed.mappings.split(";");
  const outLines: string[] = [];
  const outMappings: string[] = [];
  let inHelpers = true;
  lines.forEach((line, i) => {
    const mapping = mappings[i] ?? "";
    if (inHelpers && line.startsWith("(function")) inHelpers = false;
    if (inHelpers && HELPER_LINE.test(line)) {
      const es5 = ES5_HELPERS[helperName(line) ?? ""];
      const pretty = (es5 ?? format(line)).split("\n");
      outLines.push(...pretty);
      outMappings.push(mapping, ...pretty.slice(1).map(() => ""));
    } else {
      outLines.push(line);
      outMappings.push(mapping);
    }
  });
  parsed.mappings = outMappings.join(";");
  return { code: outLines.join("\n"), map: JSON.stringify(parsed) };
}
