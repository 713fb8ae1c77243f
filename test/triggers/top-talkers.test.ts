/** top-talkers: a METRIC_RECORD_COMMIT trigger reading a Topnset; compiled trigger, both engines. */
import { describe, expect, it } from "vitest";
import {
  compareEngines,
  dataset,
  ipaddr,
  loadTrigger,
  metricCycle,
  metricRecord,
  topnset,
  type EventInput,
  type EventStep,
  type MetricRecordFields,
} from "ehtrig/testing";

const talkers = loadTrigger("top-talkers");

/** A metric commit of the custom detail metrics, with these fields. */
function commit(fields: MetricRecordFields["fields"]): EventInput<"METRIC_RECORD_COMMIT"> {
  return {
    MetricRecord: metricRecord({ id: "extrahop.network.custom_detail", fields }),
    MetricCycle: metricCycle(),
  };
}

const requestsByClient = topnset([
  [ipaddr("10.0.5.23"), 120],
  [ipaddr("10.0.5.24"), 860],
  [ipaddr("10.0.5.25"), 15],
  [ipaddr("10.0.5.26"), 40],
  [ipaddr("10.0.5.27"), 9],
  [ipaddr("10.0.5.28"), 3],
]);

describe("top-talkers", () => {
  it("records the five busiest clients of the cycle, busiest first", () => {
    const run = talkers.fire("METRIC_RECORD_COMMIT", commit({ "http-requests-by-client": requestsByClient }));
    expect(run).not.toHaveThrown();
    expect(run.records).toEqual([
      {
        id: "http_top_talkers",
        record: {
          cycle: "30sec",
          totalRequests: 1_047,
          clients: "10.0.5.24,10.0.5.23,10.0.5.26,10.0.5.25,10.0.5.27",
          requests: "860,120,40,15,9",
        },
      },
    ]);
  });

  it("flags a client with more than half the requests of a busy cycle", () => {
    const run = talkers.fire("METRIC_RECORD_COMMIT", commit({ "http-requests-by-client": requestsByClient }));
    expect(run).toHaveCommittedDetection("http_dominant_client", {
      title: "10.0.5.24 sent 82% of HTTP requests",
      identityKey: "10.0.5.24",
      riskScore: 25,
    });
  });

  it("does not flag a dominant client of a quiet cycle", () => {
    const quiet = topnset([
      [ipaddr("10.0.5.23"), 90],
      [ipaddr("10.0.5.24"), 10],
    ]);
    const run = talkers.fire("METRIC_RECORD_COMMIT", commit({ "http-requests-by-client": quiet }));
    expect(run.detections).toEqual([]);
    expect(run.records[0].record).toMatchObject({ clients: "10.0.5.23,10.0.5.24", totalRequests: 100 });
  });

  it("ignores records without the topnset, or with another kind of value under its name", () => {
    expect(talkers.fire("METRIC_RECORD_COMMIT", commit({})).records).toEqual([]);
    expect(talkers.fire("METRIC_RECORD_COMMIT", commit({ "http-requests-by-client": 12 })).records).toEqual(
      [],
    );
    expect(
      talkers.fire("METRIC_RECORD_COMMIT", commit({ "http-requests-by-client": dataset([1, 2]) })).records,
    ).toEqual([]);
  });

  it("runs the same on both engines", () => {
    const steps: EventStep[] = [
      commit({ "http-requests-by-client": requestsByClient }),
      commit({ "http-requests-by-client": topnset([["not-an-address", 5]]) }),
      commit({}),
    ].map((input): EventStep => ["METRIC_RECORD_COMMIT", input]);
    const result = compareEngines("top-talkers", steps);
    expect(result.differences).toEqual([]);
    expect(result.interpreter[1].records[0].record).toMatchObject({ clients: "not-an-address" });
  });
});
