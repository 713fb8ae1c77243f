import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  declaredGlobals,
  FIDELITY_FILE,
  fidelityRows,
  renderFidelity,
} from "../../scripts/gen/fidelity-doc.ts";

const ROOT = process.cwd();

describe("docs/fidelity.md", () => {
  it("is up to date with the types and the harness code (run `npm run docs:gen` if not)", async () => {
    expect(readFileSync(join(ROOT, FIDELITY_FILE), "utf8")).toBe(await renderFidelity(ROOT));
  });

  it("has a row for every global the trigger types declare", () => {
    const rows = new Set(fidelityRows(ROOT).map((r) => r.name));
    const declared = declaredGlobals(join(ROOT, "types"));
    expect(declared.length).toBeGreaterThan(10);
    for (const name of declared) expect(rows).toContain(name);
  });

  it("says what the harness models", () => {
    const byName = Object.fromEntries(fidelityRows(ROOT).map((r) => [r.name, r]));
    expect(byName["Remote.HTTP"].status).toBe("recorded");
    expect(byName.Session.status).toBe("simulated");
    expect(byName.HTTP).toMatchObject({ status: "fixture", events: "HTTP_REQUEST, HTTP_RESPONSE" });
    expect(byName.GeoIP.status).toBe("simulated");
    expect(byName.exit.status).toBe("absent");
  });
});
