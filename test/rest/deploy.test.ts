import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";
import { addTrigger } from "../../scripts/sim/state.ts";
import { tempProject, triggerSource, type TempProject } from "../support/project.ts";
import { AUTHOR, deployFixture, writes } from "./deploy-helpers.ts";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

let sim: SimulatedAppliance;
afterEach(() => sim?.close());

async function setup(assignments: object = {}) {
  const d = await deployFixture({ assignments });
  sim = d.sim;
  return d;
}

describe("deploy", () => {
  it("creates the project's triggers, and a second deploy changes nothing", async () => {
    const { run } = await setup();
    const first = await run();
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      ok: true,
      created: ["HTTP errors", "New detections"],
      updated: [],
    });
    expect(sim.state.triggers.map((t) => [t.name, t.author, t.events])).toEqual([
      ["HTTP errors", AUTHOR, ["HTTP_RESPONSE"]],
      ["New detections", AUTHOR, ["DETECTION_UPDATE"]],
    ]);
    expect(sim.state.triggers[0].script).toContain("5xx ");

    const before = writes(sim).length;
    const second = await run();
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      created: [],
      updated: [],
      deleted: [],
      unchanged: ["HTTP errors", "New detections"],
    });
    expect(writes(sim).length).toBe(before);
  }, 60_000);

  it("PATCHes only the fields that changed", async () => {
    const { p, run } = await setup();
    await run();
    p.write(
      "triggers/new-detections.ts",
      'export const trigger = { name: "New detections", events: ["DETECTION_UPDATE"], description: "now documented" } satisfies TriggerConfig;\ndebug("detection " + Detection.id);\n',
    );
    const r = await run();
    expect(JSON.parse(r.stdout)).toMatchObject({
      updated: [
        { name: "New detections", fields: ["description"], changes: ['description: "" → "now documented"'] },
      ],
      unchanged: ["HTTP errors"],
    });
    const patches = sim.requests.filter((q) => q.method === "PATCH");
    expect(patches.map((q) => q.body)).toEqual([{ description: "now documented" }]);
  }, 60_000);

  it("does not count a different order of the same events as a change", async () => {
    const { p, run } = await setup();
    p.write(
      "triggers/new-detections.ts",
      triggerSource("New detections", ["HTTP_REQUEST", "HTTP_RESPONSE"], 'debug("uri " + HTTP.uri);'),
    );
    expect((await run()).code).toBe(0);
    // The appliance may list events in its own order.
    const stored = sim.state.triggers.find((t) => t.name === "New detections")!;
    stored.events = [...stored.events].reverse();
    const before = writes(sim).length;
    const again = JSON.parse((await run()).stdout);
    expect(again).toMatchObject({ updated: [], unchanged: ["HTTP errors", "New detections"] });
    expect(writes(sim).length).toBe(before);
  }, 60_000);

  it("--dry-run shows the changes of an update, for people", async () => {
    const { p } = await setup();
    const human = async (...args: string[]) => {
      const io = memoryIo(p.root, { LAB_KEY: sim.apiKey });
      const code = await main(["deploy", "--to", "lab", ...args], io);
      return { code, stdout: io.stdout.join("\n") };
    };
    await human();
    p.write(
      "triggers/http-errors.ts",
      triggerSource("HTTP errors", ["HTTP_RESPONSE", "HTTP_REQUEST"], 'debug("any " + HTTP.uri);'),
    );
    const before = writes(sim).length;
    const r = await human("--dry-run");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("would update  HTTP errors");
    expect(r.stdout).toContain('events: ["HTTP_RESPONSE"] → ["HTTP_RESPONSE","HTTP_REQUEST"]');
    expect(r.stdout).toMatch(/script: \+\d+ −\d+ line\(s\)/);
    expect(r.stdout).toContain("(dry run): 0 created, 1 updated, 1 unchanged");
    expect(writes(sim).length).toBe(before);
  }, 60_000);

  it("--dry-run reports the plan and writes nothing", async () => {
    const { run } = await setup({ "http-errors": { devices: [4] } });
    const r = await run("--dry-run");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      dryRun: true,
      created: ["HTTP errors", "New detections"],
      assignments: [{ name: "HTTP errors", kind: "devices", assign: [4], unassign: [] }],
    });
    expect(writes(sim)).toEqual([]);
  }, 60_000);

  it("--prune deletes managed orphans and never touches other authors' triggers", async () => {
    const { run } = await setup();
    addTrigger(sim.state, {
      name: "Hand-written",
      author: "alice",
      events: ["HTTP_REQUEST"],
      script: "debug(1);",
    });
    addTrigger(sim.state, {
      name: "Old managed",
      author: AUTHOR,
      events: ["HTTP_REQUEST"],
      script: "debug(2);",
    });
    const withoutPrune = JSON.parse((await run()).stdout);
    expect(withoutPrune).toMatchObject({ orphaned: ["Old managed"], deleted: [] });
    const pruned = JSON.parse((await run("--prune")).stdout);
    expect(pruned).toMatchObject({ deleted: ["Old managed"] });
    expect(sim.state.triggers.map((t) => t.name).sort()).toEqual([
      "HTTP errors",
      "Hand-written",
      "New detections",
    ]);
    const deletes = sim.requests.filter((q) => q.method === "DELETE");
    expect(deletes).toHaveLength(1);
  }, 60_000);

  it("refuses when a project trigger's name belongs to an unmanaged trigger", async () => {
    const { run } = await setup();
    addTrigger(sim.state, {
      name: "HTTP errors",
      author: "alice",
      events: ["HTTP_RESPONSE"],
      script: "debug(1);",
    });
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("EH751");
    expect(writes(sim)).toEqual([]);
    expect(sim.state.triggers).toHaveLength(1);
  }, 60_000);

  it("assigns devices and device groups, removing ones not listed", async () => {
    const { run } = await setup({ "http-errors": { devices: [1, 2], deviceGroups: [7] } });
    await run();
    const id = sim.state.triggers.find((t) => t.name === "HTTP errors")!.id;
    expect(sim.state.assignments[id]).toEqual({ devices: [1, 2], devicegroups: [7] });
    sim.state.assignments[id].devices.push(3); // assigned by hand in the UI
    const r = JSON.parse((await run()).stdout);
    expect(r.assignments).toEqual([{ name: "HTTP errors", kind: "devices", assign: [], unassign: [3] }]);
    expect(sim.state.assignments[id].devices).toEqual([1, 2]);
    const again = JSON.parse((await run()).stdout);
    expect(again.assignments).toEqual([]);
  }, 60_000);

  it("reports failed actions, exits 1, and a rerun completes", async () => {
    const { run } = await setup();
    sim.setFaults({ rate: 1, kinds: ["500"], methods: ["POST"] });
    const r = await run();
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).failed).toEqual([
      {
        name: "HTTP errors",
        action: "create",
        code: "EH717",
        reason: "POST /triggers: HTTP 500: simulated fault 500",
      },
      {
        name: "New detections",
        action: "create",
        code: "EH717",
        reason: "POST /triggers: HTTP 500: simulated fault 500",
      },
    ]);
    sim.setFaults(undefined);
    const again = await run();
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).created).toEqual(["HTTP errors", "New detections"]);
  }, 60_000);

  it("refuses assignments for triggers the project does not have", async () => {
    const { run } = await setup({ "no-such-trigger": { devices: [1] } });
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("EH754");
    expect(writes(sim)).toEqual([]);
  }, 60_000);

  it("refuses to deploy a project that does not build", async () => {
    const { p, run } = await setup();
    p.write("triggers/broken.ts", triggerSource("Broken", ["HTTP_RESPONSE"], "const x: number = 'text';"));
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("EH750");
    expect(sim.requests).toEqual([]);
  }, 60_000);

  it("--prune refuses the shared default author and a project without triggers", async () => {
    sim = await startSimulatedAppliance();
    addTrigger(sim.state, {
      name: "Other project",
      author: "ehtrig",
      events: ["HTTP_REQUEST"],
      script: "debug(1);",
    });
    addTrigger(sim.state, { name: "Ours", author: AUTHOR, events: ["HTTP_REQUEST"], script: "debug(2);" });
    const lab = { host: sim.host, apiKeyEnv: "LAB_KEY", ca: "lab-ca.pem" };
    const deployIn = async (p: TempProject, ...args: string[]) => {
      writeFileSync(join(p.root, "lab-ca.pem"), sim.caPem);
      const io = memoryIo(p.root, { LAB_KEY: sim.apiKey });
      const code = await main(["deploy", "--to", "lab", ...args], io);
      return { code, out: io.stdout.join("\n") + io.stderr.join("\n") };
    };

    // No `author` in the config: "ehtrig" is every project's default, so other projects' triggers match.
    const unnamed = tempProject(
      { "triggers/a.ts": triggerSource("A", ["HTTP_RESPONSE"], 'debug("a");') },
      { targets: {}, appliances: { lab } },
    );
    const shared = await deployIn(unnamed, "--prune");
    expect(shared.code).toBe(2);
    expect(shared.out).toContain("EH602");
    expect(shared.out).toContain("author");
    // The same when the default is spelled out, as in the example config.
    const spelled = tempProject(
      { "triggers/a.ts": triggerSource("A", ["HTTP_RESPONSE"], 'debug("a");') },
      { author: "ehtrig", targets: {}, appliances: { lab } },
    );
    expect((await deployIn(spelled, "--prune")).code).toBe(2);

    // An empty triggers/ (a wrong folder, a botched checkout) would prune everything the author owns.
    const empty = tempProject({}, { author: AUTHOR, targets: {}, appliances: { lab } });
    const none = await deployIn(empty, "--prune");
    expect(none.code).toBe(2);
    expect(none.out).toContain("no triggers");

    expect(sim.requests.filter((q) => q.method === "DELETE")).toEqual([]);
    expect(sim.state.triggers.map((t) => t.name).sort()).toEqual(["Other project", "Ours"]);
    // Without --prune, the default author still deploys (and never deletes).
    const plain = await deployIn(unnamed);
    expect(plain.code, plain.out).toBe(0);
  }, 60_000);
});
