/**
 * The whole ticket-tracking loop on one machine, for tests: a copy of the example project
 * (triggers/ and triggers/lib/ of this repository, as compiled by the real build), deployed with
 * `ehtrig deploy` to a simulated appliance whose "ticket-server" ODS target is a simulated ticket
 * server on 127.0.0.1.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";
import type { SimOdsTarget } from "../../scripts/sim/state.ts";
import { startTicketServer, type TicketServer } from "../../scripts/ticket-server/server.ts";
import { REPO, tempProject, type TempProject } from "../support/project.ts";

export const TICKET_TRIGGER = "Ticket tracking: open Jira issues for detections";

/** The example project's sources, path → text. */
export function exampleSources(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ["triggers", "triggers/lib"])
    for (const name of readdirSync(join(REPO, dir)))
      if (name.endsWith(".ts")) files[`${dir}/${name}`] = readFileSync(join(REPO, dir, name), "utf8");
  return files;
}

export interface Loop {
  sim: SimulatedAppliance;
  tickets: TicketServer;
  p: TempProject;
  /** `ehtrig ARGS` in the project, in-process, with the appliance "lab" configured. */
  cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** The ODS targets: ticket-server at this port, and the example's syslog and Kafka targets. */
  targets(ticketPort: number): SimOdsTarget[];
  close(): Promise<void>;
}

export async function ticketLoop(extraFiles: Record<string, string> = {}): Promise<Loop> {
  const tickets = await startTicketServer();
  const sim = await startSimulatedAppliance({ seed: { detections: 0 } });
  const example = JSON.parse(readFileSync(join(REPO, "ehtrig.config.json"), "utf8")) as { targets: object };
  const config = {
    author: "ehtrig-examples",
    targets: example.targets,
    appliances: { lab: { host: sim.host, apiKeyEnv: "LAB_KEY", ca: "lab-ca.pem" } },
  };
  const p = tempProject({ ...exampleSources(), ...extraFiles }, config);
  writeFileSync(join(p.root, "lab-ca.pem"), sim.caPem);
  const targets = (ticketPort: number): SimOdsTarget[] => [
    { name: "ticket-server", type: "http", host: "127.0.0.1", port: ticketPort, protocol: "http" },
    { name: "siem", type: "syslog", host: "127.0.0.1", port: 514 },
    { name: "detections-bus", type: "kafka" },
  ];
  sim.setOdsTargets(targets(Number(new URL(tickets.url).port)));
  const cli = async (...args: string[]) => {
    const io = memoryIo(p.root, { LAB_KEY: sim.apiKey });
    const code = await main(args, io);
    return { code, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
  };
  const deployed = await cli("deploy", "--to", "lab", "--json");
  expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
  return {
    sim,
    tickets,
    p,
    cli,
    targets,
    async close() {
      await sim.close();
      await tickets.close();
    },
  };
}

/** A detection as an appliance would have it, in the REST form POST /ehtrig/detections takes. */
export const RARE_SSH = {
  title: "Rare SSH Port",
  type: "rare_ssh_port",
  description: "A device connected to an SSH server on a port that is rarely used for SSH.",
  risk_score: 85,
  categories: ["sec.lateral"],
  mitre_techniques: [{ id: "T1021", name: "Remote Services" }],
  mitre_tactics: [{ id: "TA0008", name: "Lateral Movement" }],
  participants: [
    { object_type: "ipaddr", object_value: "203.0.113.7", role: "offender" },
    { object_type: "device", object_id: 1904, role: "victim" },
  ],
  properties: { ports: ["SSH:7234"] },
};
