/**
 * Drift (issue 9, item 15): a managed trigger changed on the appliance since ehtrig deployed it (a
 * hot fix in the UI) is not overwritten without --force; deploy shows a unified diff of the script.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { SimulatedAppliance } from "../../scripts/sim/index.ts";
import { unifiedDiff } from "../../scripts/deploy/unified-diff.ts";
import { deployFixture, writes } from "./deploy-helpers.ts";

let sim: SimulatedAppliance | undefined;
afterEach(() => sim?.close());

describe("deploy and drift", () => {
  it("item 15: refuses to overwrite a hot fix, shows the diff, and overwrites with --force", async () => {
    const d = await deployFixture();
    sim = d.sim;
    expect((await d.run()).code).toBe(0);
    const remote = sim.state.triggers.find((t) => t.name === "HTTP errors")!;
    remote.script = remote.script.replace('debug("5xx " + HTTP.uri);', 'debug("hot fix " + HTTP.uri);');
    const before = writes(sim).length;

    const refused = await d.run();
    expect(refused.code).toBe(1);
    const message = JSON.parse(refused.stdout).diagnostics[0];
    expect(message.code).toBe("EH755");
    expect(message.message).toContain('"HTTP errors" was changed on the appliance');
    expect(message.message).toContain("--- lab: HTTP errors");
    expect(message.message).toContain("+++ triggers/http-errors.ts");
    expect(message.message).toMatch(/^-.*hot fix/m);
    expect(message.message).toMatch(/^\+.*5xx /m);
    expect(message.message).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
    expect(writes(sim).length).toBe(before);
    expect(remote.script).toContain("hot fix");

    // A trigger nobody touched still deploys normally next to it: only --force is missing.
    const forced = await d.run("--force");
    expect(forced.code, forced.stdout).toBe(0);
    expect(JSON.parse(forced.stdout).updated.map((u: { name: string }) => u.name)).toEqual(["HTTP errors"]);
    expect(remote.script).toContain('debug("5xx "');
    expect((await d.run()).code).toBe(0);
  }, 60_000);

  it("unified diff: hunks with context, like diff -u", () => {
    const a = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].join("\n");
    const b = ["1", "2", "3", "4", "five", "6", "7", "8", "9", "10", "11"].join("\n");
    expect(unifiedDiff(a, b, "a", "b")).toBe(
      [
        "--- a",
        "+++ b",
        "@@ -2,9 +2,10 @@",
        " 2",
        " 3",
        " 4",
        "-5",
        "+five",
        " 6",
        " 7",
        " 8",
        " 9",
        " 10",
        "+11",
      ].join("\n"),
    );
    expect(unifiedDiff("same", "same", "a", "b")).toBe("");
  });
});
