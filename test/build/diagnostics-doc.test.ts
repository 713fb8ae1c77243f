import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODES } from "../../build/diagnostics.ts";
import { DOC_PATH, renderDiagnosticsDoc } from "../../scripts/gen/diagnostics-doc.ts";

describe("docs/diagnostics.md", () => {
  it("is up to date with the CODES catalog (regenerate: npm run docs:gen)", () => {
    expect(readFileSync(DOC_PATH, "utf8")).toBe(renderDiagnosticsDoc());
  });

  it("lists every code", () => {
    const doc = renderDiagnosticsDoc();
    for (const code of Object.keys(CODES)) expect(doc).toContain(`| ${code} |`);
  });
});
