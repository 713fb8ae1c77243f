import { expect, it } from "vitest";
import { startSimulatedAppliance } from "../../../scripts/sim/index.ts";
import { addTrigger } from "../../../scripts/sim/state.ts";
import { startTicketServer } from "../../../scripts/ticket-server/server.ts";

it("a simulated appliance running a trigger against a ticket server", async () => {
  const tickets = await startTicketServer();
  const sim = await startSimulatedAppliance({ seed: { detections: 0 } });
  sim.setOdsTargets([
    {
      name: "ticket-server",
      type: "http",
      host: "127.0.0.1",
      port: Number(new URL(tickets.url).port),
      protocol: "http",
    },
  ]);
  // Usually `ehtrig deploy` puts the compiled triggers there; a hand-written script works too.
  addTrigger(sim.state, {
    name: "open issues",
    events: ["DETECTION_UPDATE"],
    script: `Remote.HTTP("ticket-server").post({ path: "/rest/api/issue",
      payload: JSON.stringify({ fields: { summary: "ExtraHop Detection: " + Detection.id + ": " + Detection.title } }) });
      log("asked for an issue");`,
  });
  const detection = sim.createDetection({ title: "Rare SSH Port", type: "rare_ssh_port", risk_score: 85 });
  await sim.settle(); // every ODS request sent, every REMOTE_RESPONSE run
  expect(tickets.store.get("SEC-1")?.summary).toBe(`ExtraHop Detection: ${detection.id}: Rare SSH Port`);
  expect(sim.triggerLog("open issues").map((e) => e.message)).toEqual(["asked for an issue"]);
  await sim.close();
  await tickets.close();
});
