/**
 * Deploy after faults (issue 9, items 4, 7, 8): it reconciles by name, never leaves two managed
 * triggers of one name, reports what really happened, and never prunes a trigger whose file it
 * could not read as a trigger.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SimulatedAppliance } from "../../scripts/sim/index.ts";
import { addTrigger } from "../../scripts/sim/state.ts";
import { triggerSource } from "../support/project.ts";
import { AUTHOR, deployFixture, writes } from "./deploy-helpers.ts";

let sim: SimulatedAppliance | undefined;
afterEach(() => sim?.close());

const names = (s: SimulatedAppliance) => s.state.triggers.map((t) => t.name).sort();

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

describe("deploy after faults", () => {
  it("item 4: creates that time out and land late leave one trigger per name after the next deploy", async () => {
    const d = await deployFixture({ timeoutMs: 300 });
    sim = d.sim;
    // Every create is answered after the client gave up; the appliance still creates the trigger.
    sim.setFaults({ rate: 1, kinds: ["slow"], slowMs: 1200, methods: ["POST"] });
    const first = await d.run();
    expect(first.code).toBe(1);
    const out = JSON.parse(first.stdout);
    expect(out.created).toEqual([]);
    expect(out.failed.map((f: { action: string; code: string }) => [f.action, f.code])).toEqual([
      ["create", "EH712"],
      ["create", "EH712"],
    ]);
    // The rerun the hint suggests, while the late creates are still on their way.
    sim.setFaults(undefined);
    const second = await d.run();
    expect(second.code, second.stderr).toBe(0);
    const landed = () => sim!.requests.filter((q) => q.fault === "slow" && q.status === 201).length;
    await until(() => landed() === 4);
    const count = (name: string) => names(sim!).filter((n) => n === name).length;
    const before = { http: count("HTTP errors"), detections: count("New detections") };
    expect(before.http).toBeGreaterThanOrEqual(2);
    expect(before.detections).toBeGreaterThanOrEqual(2);
    // Every later deploy reconciles: one trigger per name, the oldest kept.
    const third = await d.run();
    expect(third.code, third.stdout).toBe(0);
    const result = JSON.parse(third.stdout);
    expect(
      result.deduplicated.map((x: { name: string; deleted: number[] }) => [x.name, x.deleted.length]),
    ).toEqual([
      ["HTTP errors", before.http - 1],
      ["New detections", before.detections - 1],
    ]);
    expect(names(sim)).toEqual(["HTTP errors", "New detections"]);
    const fourth = JSON.parse((await d.run()).stdout);
    expect(fourth).toMatchObject({ created: [], updated: [], deleted: [], deduplicated: [], failed: [] });
  }, 60_000);

  it("item 4: a create whose answer was lost is found by name, not sent again", async () => {
    const d = await deployFixture();
    sim = d.sim;
    // The appliance creates the trigger, then the connection drops before the answer.
    sim.setFaults({ rate: 1, kinds: ["lost"], methods: ["POST"] });
    const r = await d.run();
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ created: ["HTTP errors", "New detections"], failed: [] });
    expect(names(sim)).toEqual(["HTTP errors", "New detections"]);
    expect(sim.requests.filter((q) => q.method === "POST")).toHaveLength(2);
  }, 60_000);

  it("item 7: the report counts only what the appliance did", async () => {
    const d = await deployFixture();
    sim = d.sim;
    addTrigger(sim.state, { name: "New detections", author: AUTHOR, events: ["HTTP_REQUEST"], script: "x" });
    sim.setFaults({ rate: 1, kinds: ["500"], methods: ["POST", "PATCH"] });
    // --force: the script "x" was not written by ehtrig, so it would otherwise count as drift.
    const r = await d.run("--force");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: false, created: [], updated: [] });
    expect(out.failed.map((f: { name: string; action: string }) => [f.name, f.action])).toEqual([
      ["HTTP errors", "create"],
      ["New detections", "update"],
    ]);
    expect(sim.state.triggers).toHaveLength(1);
  }, 60_000);

  it("item 8: a trigger file whose name cannot be an id is an error, and --prune refuses to run", async () => {
    const d = await deployFixture();
    sim = d.sim;
    expect((await d.run()).code).toBe(0);
    d.p.write("triggers/Detection Kafka.ts", triggerSource("Kafka", ["HTTP_RESPONSE"], 'debug("k");'));
    d.p.write("triggers/ünï.ts", triggerSource("Uni", ["HTTP_RESPONSE"], 'debug("u");'));
    d.p.write("triggers/_under.ts", triggerSource("Under", ["HTTP_RESPONSE"], 'debug("_");'));
    // The file that deployed "New detections" is renamed to a name that cannot be an id.
    d.p.write("triggers/New Detections.ts", d.p.read("triggers/new-detections.ts"));
    rmSync(join(d.p.root, "triggers/new-detections.ts"));
    const before = writes(sim).length;
    const r = await d.run("--prune", "--dry-run");
    expect(r.code).toBe(1);
    for (const file of ["Detection Kafka.ts", "ünï.ts", "_under.ts", "New Detections.ts"])
      expect(r.stdout).toContain(`triggers/${file}`);
    expect(r.stdout).toContain("EH105");
    expect(r.stdout).not.toContain('"deleted"');
    expect(writes(sim).length).toBe(before);
    expect(names(sim)).toEqual(["HTTP errors", "New detections"]);
  }, 60_000);
});
