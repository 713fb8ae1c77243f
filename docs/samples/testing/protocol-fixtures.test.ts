import { expect, it } from "vitest";
import { dbTransaction, flowFixture, httpTransaction, loadScript, loadTrigger } from "ehtrig/testing";

it("builds a realistic transaction and overrides only what the test is about", () => {
  const slow = loadTrigger("db-slow-queries");
  const flow = flowFixture({ server: { ipaddr: "10.0.2.40", port: 5432 } });
  const run = slow.fire("DB_RESPONSE", { DB: dbTransaction({ processingTime: 1_250 }), Flow: flow });
  expect(run).toHaveCommittedRecord("slow_db_query", { processingTime: 1_250, dbServer: "10.0.2.40" });
  expect(run).toHaveAddedMetric("Device server-0a00010a", "db-slow-queries", { value: 1 });
});

// Flow.store carries data from a request to its response: fire both with the same flow fixture.
const latency = loadScript({
  id: "http-latency",
  events: ["HTTP_REQUEST", "HTTP_RESPONSE"],
  script: `(function () {
  if (event === "HTTP_REQUEST") { Flow.store.start = getTimestamp(); return; }
  log(HTTP.uri + " took " + (getTimestamp() - Flow.store.start) + " ms");
})();`,
});

it("keeps Flow.store for the events of one flow", () => {
  const flow = flowFixture(); // a new flow id: its own, empty store
  latency.fire("HTTP_REQUEST", { HTTP: httpTransaction(), Flow: flow, timestamp: 1_000 });
  const run = latency.fire("HTTP_RESPONSE", { HTTP: httpTransaction(), Flow: flow, timestamp: 1_240 });
  expect(run).toHaveLogged("intranet.example.com/orders took 240 ms");
});
