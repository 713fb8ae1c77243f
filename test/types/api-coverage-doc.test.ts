import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  measureCoverage,
  renderCoverageTable,
  TYPES_DOC,
  withCoverageTable,
} from "../../scripts/gen/api-coverage.ts";
import { REPO } from "../support/project.ts";

const TSC_TIMEOUT_MS = 120_000;

describe("docs/types.md coverage table", () => {
  it(
    "is up to date with types/ and api-members.json (regenerate: node bin/run-ts.js scripts/gen/api-coverage.ts)",
    async () => {
      const doc = readFileSync(TYPES_DOC, "utf8");
      const table = renderCoverageTable(await measureCoverage());
      expect(doc).toBe(withCoverageTable(doc, table));
    },
    TSC_TIMEOUT_MS,
  );

  it(
    "points every class at a file that exists",
    async () => {
      const table = renderCoverageTable(await measureCoverage());
      const files = [...table.matchAll(/`([^`]+\.d\.ts)`/g)].map((m) => m[1]!);
      expect(files.length).toBe(87);
      expect(files.filter((f) => !existsSync(join(REPO, "types", f)))).toEqual([]);
    },
    TSC_TIMEOUT_MS,
  );
});
