import { parse, type Program } from "acorn";
import { describe, expect, it } from "vitest";
import { analyseScript } from "../../build/verify/scope.ts";

const free = (code: string) =>
  analyseScript(parse(code, { ecmaVersion: 5, sourceType: "script" }) as Program).references.map((r) =>
    [r.name, r.write ? "write" : "read", r.guarded ? "guarded" : "plain"].join(" "),
  );

describe("the gate's scope analysis (one walk)", () => {
  it("resolves hoisted var and function declarations used before them", () => {
    expect(free(`f(x); var x = 1; function f(a) { return g(a, arguments); var g; }`)).toEqual([]);
  });

  it("scopes a catch parameter to its clause, and a var inside it to the function", () => {
    expect(free(`try { a(); } catch (e) { var v = e; } v; e;`)).toEqual(["a read plain", "e read plain"]);
  });

  it("scopes a named function expression's name to its own body", () => {
    expect(free(`var f = function self() { return self; }; self;`)).toEqual(["self read plain"]);
  });

  it("marks typeof probes and what &&, if and ?: guard with one, in enclosing functions too", () => {
    expect(
      free(`typeof A;
typeof B !== "undefined" && B.x;
if (typeof C === "function") { (function () { C(); })(); } else { C(); }
var d = typeof D === "object" ? D : null;
E && typeof E;`),
    ).toEqual([
      "A read guarded",
      "B read guarded",
      "B read guarded",
      "C read guarded",
      "C read guarded",
      "C read plain",
      "D read guarded",
      "D read guarded",
      "E read plain",
      "E read guarded",
    ]);
  });

  it("reports an assignment to an undeclared name as a write, and leaves property names and labels alone", () => {
    expect(free(`g = 1; o.p = q; loop: for (k in o) { break loop; } ({ key: 1 });`)).toEqual([
      "g write plain",
      "o read plain",
      "q read plain",
      "k read plain",
      "o read plain",
    ]);
  });
});
