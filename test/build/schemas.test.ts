/**
 * Every JSON Schema ehtrig ships is valid against the JSON Schema meta-schema: build/schema.ts
 * compiles them without that check (it costs every CLI run 60 ms), so it is made here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { validate } from "../../build/schema.ts";
import { REPO } from "../support/project.ts";

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : schemaFiles(path);
    return e.name.endsWith(".schema.json") ? [path] : [];
  });
}

const FILES = ["build", "scripts", "simulated-engine"].flatMap((d) => schemaFiles(join(REPO, d)));

describe("shipped JSON schemas", () => {
  it("are found (the toolkit has a score of them)", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FILES.map((f) => [relative(REPO, f), f]))("%s is a valid draft-07 schema", (_name, file) => {
    const checker = new Ajv({ strict: true, allowUnionTypes: true });
    const schema = JSON.parse(readFileSync(file, "utf8")) as object;
    expect(checker.validateSchema(schema), JSON.stringify(checker.errors)).toBe(true);
  });

  it("a schema that breaks the meta-schema is caught by this test's check", () => {
    const checker = new Ajv({ strict: true });
    expect(checker.validateSchema({ type: "object", required: "name" })).toBe(false);
  });

  it("validation itself still reports problems", () => {
    const problems = validate({ type: "object", properties: { n: { type: "number" } } }, { n: "x" });
    expect(problems).toEqual([{ pointer: "/n", message: "must be number" }]);
  });
});
