import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { API_CLASSES } from "../../build/engine/api-members.ts";
import { fixtureClasses } from "../../scripts/gen/fixture-types.ts";
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

  it("has a row for every method of the event objects: modelled, or absent with what happens", () => {
    const byName = Object.fromEntries(fidelityRows(ROOT).map((r) => [r.name, r]));
    const methods = fixtureClasses().flatMap((c) => c.methods.map((m) => `${c.class}.${m.name}`));
    expect(methods.length).toBeGreaterThan(60);
    for (const name of methods) {
      expect(byName[name], name).toBeDefined();
      if (byName[name].status === "absent")
        expect(byName[name].differences.join(" ")).toMatch(/is not modelled( by the ehtrig harness)?/);
    }
    expect(byName["HTTP.findHeaders"].status).toBe("simulated");
    expect(byName["DNS.commitRecord"].status).toBe("recorded");
    expect(byName["Flow.captureStart"].status).toBe("absent");
    expect(byName["Flow.store"].status).toBe("simulated");
    expect(
      API_CLASSES.find((c) => c.class === "Topnset")!.methods.every((m) => byName[`Topnset.${m.name}`]),
    ).toBe(true);
  });
});
