/**
 * `ehtrig sim logs`: a deployed trigger that throws shows in its debug log with the exception
 * mapped to the TypeScript line, through the local build's source map, while the other triggers
 * keep running. A local build that is not the deployed one is not used to map.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { RARE_SSH, TICKET_TRIGGER, ticketLoop, type Loop } from "./ticket-loop-helpers.ts";

let loop: Loop | undefined;
afterEach(async () => {
  await loop?.close();
  loop = undefined;
});

const BROKEN = [
  "export const trigger = {",
  '  name: "Broken on purpose",',
  '  events: ["DETECTION_UPDATE"],',
  "  debug: true,",
  "} satisfies TriggerConfig;",
  "",
  "const props = Detection.properties as { ports?: string[] };",
  "debug(`ports of detection ${Detection.id}`);",
  "const first = props.ports![0]!.toUpperCase();",
  "debug(`first port ${first}`);",
  "",
].join("\n");
const THROWING_LINE = 9;

interface LogsJson {
  ok: boolean;
  trigger: { id: number; name: string };
  build?: string;
  entries: Array<{ kind: string; message: string; source?: { file: string; line: number; column: number } }>;
  warnings: Array<{ code: string }>;
}

describe("ehtrig sim logs", () => {
  it("maps a deployed trigger's exception to its TypeScript line; the other triggers still run", async () => {
    loop = await ticketLoop({ "triggers/broken.ts": BROKEN });
    const { sim, tickets } = loop;
    sim.createDetection(RARE_SSH); // has ports: runs through
    const d = sim.createDetection({ ...RARE_SSH, properties: {} }); // no ports: throws
    await sim.settle();
    expect(tickets.store.all()).toHaveLength(2);
    expect(sim.triggerLog(TICKET_TRIGGER).filter((e) => e.kind === "error")).toEqual([]);

    const text = await loop.cli("sim", "logs", "Broken on purpose", "--to", "lab");
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).toBe("");
    const lines = text.stdout.split("\n");
    expect(lines[0]).toMatch(/^debug log of trigger \d+ "Broken on purpose": 4 line\(s\)$/);
    expect(lines[1]).toMatch(/ DETECTION_UPDATE ports of detection 1$/);
    expect(lines[2]).toMatch(/ DETECTION_UPDATE first port SSH:7234$/);
    expect(lines[3]).toMatch(/ DETECTION_UPDATE ports of detection 2$/);
    expect(lines[4]).toMatch(/ DETECTION_UPDATE TypeError: .*\(line \d+:\d+\)$/);
    expect(lines[5]).toMatch(new RegExp(`^    at triggers/broken\\.ts:${THROWING_LINE}:\\d+$`));
    expect(lines[6]).toBe(`    ${THROWING_LINE} | const first = props.ports![0]!.toUpperCase();`);
    // The project's own id of the trigger (its file name) names it too, as in the other commands.
    const byFile = await loop.cli("sim", "logs", "broken", "--to", "lab");
    expect(byFile.stdout).toBe(text.stdout);

    const json = await loop.cli(
      "sim",
      "logs",
      String(sim.state.triggers.find((t) => t.name === "Broken on purpose")!.id),
      "--to",
      "lab",
      "--json",
    );
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as LogsJson;
    expect(parsed).toMatchObject({
      ok: true,
      trigger: { name: "Broken on purpose" },
      build: "broken.js",
      warnings: [],
    });
    const error = parsed.entries.find((e) => e.kind === "error")!;
    expect(error.source).toMatchObject({ file: "triggers/broken.ts", line: THROWING_LINE });
    expect(d.id).toBe(2);
  });

  it("does not map with a local build that is not the deployed script, and says why", async () => {
    loop = await ticketLoop({ "triggers/broken.ts": BROKEN });
    loop.sim.createDetection({ ...RARE_SSH, properties: {} });
    loop.p.write("triggers/broken.ts", `${BROKEN}debug("changed after the deploy");\n`);
    expect((await loop.cli("build")).code).toBe(0);
    const text = await loop.cli("sim", "logs", "Broken on purpose", "--to", "lab");
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(/warning EH805/);
    expect(text.stderr).toMatch(/different build of "Broken on purpose"/);
    expect(text.stdout).toMatch(/TypeError: /);
    expect(text.stdout).not.toMatch(/ at triggers\//);
  });

  it("shows the log unmapped, with a warning, outside the project that built the trigger", async () => {
    loop = await ticketLoop({ "triggers/broken.ts": BROKEN });
    loop.sim.createDetection({ ...RARE_SSH, properties: {} });
    const elsewhere = mkdtempSync(join(tmpdir(), "ehtrig-sim-logs-"));
    try {
      writeFileSync(join(elsewhere, "ca.pem"), loop.sim.caPem);
      const io = memoryIo(elsewhere, { SIM_KEY: loop.sim.apiKey });
      const args = ["sim", "logs", "Broken on purpose", "--host", loop.sim.host, "--ca", "ca.pem"];
      const code = await main([...args, "--api-key-env", "SIM_KEY"], io);
      expect(code).toBe(0);
      expect(io.stderr.join("\n")).toMatch(/warning EH806/);
      expect(io.stdout.join("\n")).toMatch(/TypeError: /);
      expect(io.stdout.join("\n")).not.toMatch(/ at triggers\//);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("exits 1 for a trigger the appliance does not have, and 2 for usage errors", async () => {
    loop = await ticketLoop();
    const missing = await loop.cli("sim", "logs", "No such trigger", "--to", "lab");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/EH804/);
    expect((await loop.cli("sim", "logs", "--to", "lab")).code).toBe(2);
    expect((await loop.cli("sim", "logs", "x", "--to", "lab", "--host", "127.0.0.1:1")).code).toBe(2);
    const noSim = await loop.cli("sim", "logs", "x", "--dir", "nowhere");
    expect(noSim.code).toBe(2);
    expect(noSim.stderr).toMatch(/no running simulator found/);
  });
});
