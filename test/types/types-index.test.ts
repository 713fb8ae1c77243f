import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderTypesIndex, TYPES_INDEX } from "../../scripts/gen/types-index.ts";
import { REPO } from "../support/project.ts";

describe(TYPES_INDEX, () => {
  it("references every engine declaration (regenerate: npm run docs:gen)", () => {
    expect(readFileSync(join(REPO, TYPES_INDEX), "utf8")).toBe(renderTypesIndex(REPO));
  });
});
