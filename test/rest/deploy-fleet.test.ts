/**
 * Deploy to several appliances (issue 9, item 15): concurrently, one result line per appliance,
 * a summary, and an exit code that says whether all succeeded; one failing appliance does not stop
 * the others.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const sims: SimulatedAppliance[] = [];
afterEach(async () => {
  while (sims.length) await sims.pop()!.close();
});

async function fleet() {
  for (let i = 0; i < 3; i++) sims.push(await startSimulatedAppliance());
  const [a, b, c] = sims;
  const appliance = (s: SimulatedAppliance, keyEnv: string, ca: string) => ({
    host: s.host,
    apiKeyEnv: keyEnv,
    ca,
  });
  const p = tempProject(
    {
      "triggers/http-errors.ts": triggerSource("HTTP errors", ["HTTP_RESPONSE"], 'debug("5xx");'),
      "triggers/new-detections.ts": triggerSource("New detections", ["DETECTION_UPDATE"], 'debug("d");'),
    },
    {
      author: "fleet-tests",
      targets: {},
      appliances: {
        east: appliance(a, "KEY_A", "a.pem"),
        west: appliance(b, "KEY_B", "b.pem"),
        // Its key is not set: this appliance fails before any request.
        north: appliance(c, "KEY_C", "c.pem"),
      },
      applianceGroups: { all: ["east", "west", "north"] },
    },
  );
  writeFileSync(join(p.root, "a.pem"), a.caPem);
  writeFileSync(join(p.root, "b.pem"), b.caPem);
  writeFileSync(join(p.root, "c.pem"), c.caPem);
  const run = async (...args: string[]) => {
    const io = memoryIo(p.root, { KEY_A: a.apiKey, KEY_B: b.apiKey });
    const code = await main(["deploy", ...args], io);
    return { code, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
  };
  return { a, b, c, p, run };
}

describe("deploy to a fleet", () => {
  it("item 15: a group deploys to every member; a failing one does not stop the others", async () => {
    const { a, b, c, run } = await fleet();
    const r = await run("--to", "all", "--json");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.appliances.map((x: { appliance: string; ok: boolean }) => [x.appliance, x.ok])).toEqual([
      ["east", true],
      ["west", true],
      ["north", false],
    ]);
    expect(out.appliances[0].created).toEqual(["HTTP errors", "New detections"]);
    expect(out.appliances[2].diagnostics[0].code).toBe("EH702");
    for (const s of [a, b])
      expect(s.state.triggers.map((t) => t.name)).toEqual(["HTTP errors", "New detections"]);
    expect(c.requests).toEqual([]);
  }, 60_000);

  it("item 15: several --to names, one line per appliance and a summary; exit 0 when all succeed", async () => {
    const { run } = await fleet();
    const r = await run("--to", "east", "west");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^east\s+ok\s+2 created, 0 updated, 0 unchanged/m);
    expect(r.stdout).toMatch(/^west\s+ok\s+2 created/m);
    expect(r.stdout).toContain("deploy to 2 appliance(s): 2 succeeded, 0 failed");
    const again = await run("--to", "east", "north", "--dry-run");
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/^east\s+ok\s+\(dry run\) 0 created, 0 updated, 2 unchanged/m);
    expect(again.stdout).toMatch(/^north\s+failed\s+EH702 /m);
    expect(again.stdout).toContain("deploy to 2 appliance(s): 1 succeeded, 1 failed");
  }, 60_000);

  it("item 15: an unknown name or group member is refused before anything is deployed", async () => {
    const { a, run } = await fleet();
    const r = await run("--to", "east", "nowhere");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no appliance "nowhere"');
    expect(a.requests).toEqual([]);
  }, 60_000);
});
