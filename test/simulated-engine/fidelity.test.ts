import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import {
  declaredGlobals,
  FIDELITY_FILE,
  fidelityRows,
  renderFidelity,
} from "../../scripts/gen/fidelity-doc.ts";

const ROOT = process.cwd();

describe("docs/fidelity.md", () => {
  it("is up to date with the types and the harness code (run `ehtrig fidelity` if not)", async () => {
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

describe("ehtrig fidelity", () => {
  it("writes the table, then reports it up to date, and --check fails on a stale one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-fidelity-"));
    mkdirSync(join(dir, "types"));
    writeFileSync(
      join(dir, "types", "x.d.ts"),
      "declare const Detection: unknown;\ndeclare function log(m: string): void;\n",
    );
    const io = memoryIo(dir);
    expect(await main(["fidelity"], io)).toBe(0);
    expect(io.stdout.join("")).toMatch(/wrote docs\/fidelity.md/);
    expect(await main(["fidelity", "--check"], io)).toBe(0);
    writeFileSync(join(dir, FIDELITY_FILE), "old\n");
    const failing = memoryIo(dir);
    expect(await main(["fidelity", "--check"], failing)).toBe(1);
    expect(failing.stderr.join("")).toMatch(/EH906/);
  });
});
