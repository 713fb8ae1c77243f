/**
 * What an edit of a module's declarations (.d.ts as tsc emits them) means for its importers:
 * build/typecheck/declarations.ts.
 */
import { describe, expect, it } from "vitest";
import { declarationChange, mayUseAdded } from "../../build/typecheck/declarations.ts";

const BASE = [
  "export declare function pad2(n: number): string;",
  "export declare const api0 = 0;",
  "interface Row {\n    n: number;\n}",
  "export declare function row(): Row;",
  "export {};",
  "",
].join("\n");

describe("declarationChange", () => {
  it("is the same for the same text", () => {
    expect(declarationChange(BASE, BASE)).toEqual({ kind: "same" });
  });

  it("is a change when statements swap places: overloads resolve in their order", () => {
    const overloads =
      "export declare function parse(x: string): string;\nexport declare function parse(x: unknown): number;\n";
    const swapped =
      "export declare function parse(x: unknown): number;\nexport declare function parse(x: string): string;\n";
    expect(declarationChange(overloads, swapped)).toEqual({ kind: "changed" });
  });

  it("is a change whenever the declarations hold what a .d.ts does not write out", () => {
    // a private member's type, and whether a const enum was ambient, are left out
    const box = "export declare class Box {\n    private v;\n}\n";
    expect(declarationChange(box, box)).toEqual({ kind: "changed" });
    const level = "export declare const enum Level {\n    Low = 0\n}\n";
    expect(declarationChange(level, level)).toEqual({ kind: "changed" });
    // a namespace reads the same with values in it or without
    const ns = "export declare namespace Ops {\n}\n";
    expect(declarationChange(ns, ns)).toEqual({ kind: "changed" });
    // an ES private field cannot be reached from outside: its marker is no reason
    const hashed = "export declare class Box {\n    #private;\n}\n";
    expect(declarationChange(hashed, hashed)).toEqual({ kind: "same" });
  });

  it("lists exports added under new names, wherever they are added", () => {
    expect(declarationChange(BASE, BASE + "export declare const edit0 = 0;\n")).toEqual({
      kind: "added",
      names: ["edit0"],
    });
    const inserted = BASE.replace(
      "export {};",
      "export interface Extra {\n    k: string;\n}\nexport type Id = string;\nexport {};",
    );
    expect(declarationChange(BASE, inserted)).toEqual({ kind: "added", names: ["Extra", "Id"] });
  });

  it("is a change when a statement went or changed", () => {
    expect(declarationChange(BASE, BASE.replace("api0 = 0", "api0 = 1"))).toEqual({ kind: "changed" });
    expect(declarationChange(BASE, BASE.replace("export declare const api0 = 0;\n", ""))).toEqual({
      kind: "changed",
    });
    expect(declarationChange(BASE, BASE.replace("n: number", "n: string"))).toEqual({ kind: "changed" });
  });

  it("is a change when an addition reuses a name, is a default export or is not a declaration", () => {
    // an overload of pad2, an interface merged with the private Row
    expect(declarationChange(BASE, BASE + "export declare function pad2(n: string): string;\n")).toEqual({
      kind: "changed",
    });
    expect(declarationChange(BASE, BASE + "export interface Row {\n    m: number;\n}\n")).toEqual({
      kind: "changed",
    });
    expect(declarationChange(BASE, BASE + "declare const x: number;\nexport default x;\n")).toEqual({
      kind: "changed",
    });
    expect(declarationChange(BASE, BASE + 'export * from "./other";\n')).toEqual({ kind: "changed" });
    expect(declarationChange(BASE, BASE + "export { pad2 as pad };\n")).toEqual({ kind: "changed" });
    expect(declarationChange(BASE, BASE + "export declare const [a, b]: number[];\n")).toEqual({
      kind: "changed",
    });
  });

  it("is a change when either text does not parse", () => {
    expect(declarationChange(BASE, BASE + "export declare const = ;\n")).toEqual({ kind: "changed" });
  });
});

describe("mayUseAdded", () => {
  it("is true for an importer that names an added export, even in a comment", () => {
    expect(mayUseAdded('import { pad2, edit0 } from "./text";', ["edit0"])).toBe(true);
    expect(mayUseAdded('import { pad2 } from "./text"; // edit0 later', ["edit0"])).toBe(true);
    expect(mayUseAdded('import { pad2 } from "./text";', ["edit0"])).toBe(false);
    // a whole name only: $ and _ are parts of identifiers
    expect(mayUseAdded("const edit0x = 1; const $edit0 = 2;", ["edit0"])).toBe(false);
    expect(mayUseAdded("const v = $x;", ["$x"])).toBe(true);
  });

  it("is true for an importer that reaches exports without naming them, or whose text is unknown", () => {
    expect(mayUseAdded('import * as t from "./text";', ["edit0"])).toBe(true);
    expect(mayUseAdded('import type * as t from "./text";', ["edit0"])).toBe(true);
    expect(mayUseAdded('import pad, * as t from "./text";', ["edit0"])).toBe(true);
    expect(mayUseAdded('export type * from "./text";', ["edit0"])).toBe(true);
    expect(mayUseAdded('export * as text from "./text";', ["edit0"])).toBe(true);
    expect(mayUseAdded('export * from "./text";', ["edit0"])).toBe(true);
    expect(mayUseAdded('type T = typeof import("./text");', ["edit0"])).toBe(true);
    expect(mayUseAdded('import t = require("./text");', ["edit0"])).toBe(true);
    expect(mayUseAdded(undefined, ["edit0"])).toBe(true);
  });
});
