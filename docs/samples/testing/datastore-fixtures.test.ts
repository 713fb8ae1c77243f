import { expect, it } from "vitest";
import { dataset, ipaddr, loadTrigger, metricCycle, metricRecord, topnset } from "ehtrig/testing";

const talkers = loadTrigger("top-talkers");

it("reads the topnset a metric record carries", () => {
  const run = talkers.fire("METRIC_RECORD_COMMIT", {
    MetricRecord: metricRecord({
      id: "extrahop.network.custom_detail",
      fields: {
        "http-requests-by-client": topnset([
          [ipaddr("10.0.5.23"), 120], // an `ipaddr` key
          [ipaddr("10.0.5.24"), 860],
        ]),
        "http-latency": dataset([12, 15, 40, 300]), // percentile() works on it
      },
    }),
    MetricCycle: metricCycle(),
  });
  expect(run).toHaveCommittedRecord("http_top_talkers", { clients: "10.0.5.24,10.0.5.23" });
});
