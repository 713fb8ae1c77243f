/**
 * `ehtrig pull` (issue 9, item 15): an appliance's trigger, or all of the project author's, come
 * back as TypeScript through import, never overwriting a file.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SimulatedAppliance } from "../../scripts/sim/index.ts";
import { addTrigger } from "../../scripts/sim/state.ts";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { AUTHOR, deployFixture } from "./deploy-helpers.ts";

let sim: SimulatedAppliance | undefined;
afterEach(() => sim?.close());

describe("ehtrig pull", () => {
  it("item 15: pulls a hot-fixed trigger back as TypeScript that builds to the appliance's script", async () => {
    const d = await deployFixture();
    sim = d.sim;
    expect((await d.run()).code).toBe(0);
    const remote = sim.state.triggers.find((t) => t.name === "HTTP errors")!;
    remote.script = remote.script.replace('debug("5xx " + HTTP.uri);', 'debug("hot fix " + HTTP.uri);');
    const pull = async (...args: string[]) => {
      const io = memoryIo(d.p.root, { LAB_KEY: sim!.apiKey });
      const code = await main(["pull", "--to", "lab", ...args], io);
      return { code, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
    };

    // The project's own file is there: pull never overwrites it.
    const refused = await pull("HTTP errors");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("EH772");

    rmSync(join(d.p.root, "triggers/http-errors.ts"));
    const r = await pull("HTTP errors");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("wrote triggers/http-errors.ts  (HTTP errors)");
    const source = readFileSync(join(d.p.root, "triggers/http-errors.ts"), "utf8");
    expect(source).toContain('imported from "lab: trigger');
    expect(source).toContain('debug("hot fix " + HTTP.uri);');
    expect(source).toContain('name: "HTTP errors"');

    const missing = await pull("No such trigger");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("EH756");
  }, 60_000);

  it("item 15: --all pulls every trigger of the project's author, and no other", async () => {
    const d = await deployFixture();
    sim = d.sim;
    addTrigger(sim.state, { name: "Mine", author: AUTHOR, events: ["HTTP_REQUEST"], script: "debug(1);" });
    addTrigger(sim.state, { name: "Theirs", author: "alice", events: ["HTTP_REQUEST"], script: "debug(2);" });
    const io = memoryIo(d.p.root, { LAB_KEY: sim.apiKey });
    const code = await main(["pull", "--to", "lab", "--all", "--json"], io);
    expect(code, io.stderr.join("\n")).toBe(0);
    expect(JSON.parse(io.stdout.join("\n")).triggers.map((t: { name: string }) => t.name)).toEqual(["Mine"]);
    expect(existsSync(join(d.p.root, "triggers/mine.ts"))).toBe(true);
    expect(existsSync(join(d.p.root, "triggers/theirs.ts"))).toBe(false);
  }, 60_000);
});
