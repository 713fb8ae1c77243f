/** The final-script gate on its own: non-ES5 syntax is caught even if earlier stages let it through. */
import { describe, expect, it } from "vitest";
import { checkOutput } from "../../build/verify/output.ts";
import { PositionMapper } from "../../build/sourcemap.ts";

const identityMap = (lines: number) =>
  JSON.stringify({
    version: 3,
    sources: ["src.js"],
    names: [],
    mappings: Array.from({ length: lines }, (_, i) => (i === 0 ? "AAAA" : "AACA")).join(";"),
  });

function check(code: string) {
  const mapper = new PositionMapper(identityMap(code.split("\n").length), "/p/dist", "/p");
  return checkOutput({ code, mapper, trigger: "t", events: ["DETECTION_UPDATE"] });
}

describe("ES5 syntax gate (EH500)", () => {
  it.each([
    ["let", "(function () { let x = 1; debug(String(x)); })();"],
    ["arrow", "(function () { var f = () => 1; })();"],
    ["template", "(function () { var s = `a`; })();"],
    ["trailing comma in a call", "(function () { debug('a',); })();"],
  ])("rejects %s", (_what, code) => {
    const ds = check(code);
    expect(ds.map((d) => d.code)).toEqual(["EH500"]);
    expect(ds[0]!.location?.file).toBe("dist/src.js");
  });

  it("accepts ES5 with engine globals and helpers; a helper that probes a missing built-in is named (EH515)", () => {
    const body =
      "(function () { var d = Detection; debug(_typeof(d) + JSON.stringify({ a: [1, 2].map(function (x) { return x; }) })); })();";
    expect(check(["function _typeof(o) { return typeof o; }", body].join("\n"))).toEqual([]);
    const probing =
      'function _typeof(o) { return typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? typeof o : typeof o; }';
    expect(check([probing, body].join("\n")).map((d) => d.code)).toEqual(["EH515"]);
  });

  it("rejects Babel helpers that need Promise even if they are never reached", () => {
    const code = "function _asyncToGenerator(n) { return n; }\n(function () { debug('x'); })();";
    expect(check(code).map((d) => d.code)).toEqual(["EH505"]);
  });
});
