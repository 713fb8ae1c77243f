import { expect, it } from "vitest";
import { startSimulatedAppliance } from "../../../scripts/sim/index.ts";

it("a simulated appliance for tests and benchmarks", async () => {
  const sim = await startSimulatedAppliance({
    seed: { detections: 500 },
    faults: { rate: 0.1 },
    oauthClients: { id: "secret" },
  });
  // sim.url, sim.host, sim.caPem, sim.apiKey, sim.state (live), sim.requests (every request), sim.setFaults()
  expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+/);
  await sim.close();
});
