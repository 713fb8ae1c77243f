/** db-slow-queries: slow queries into commitRecord and a metric, on the compiled trigger and both engines. */
import { describe, expect, it } from "vitest";
import { compareEngines, dbTransaction, flowFixture, loadTrigger, type EventStep } from "ehtrig/testing";

const slow = loadTrigger("db-slow-queries");
const flow = flowFixture({ client: { ipaddr: "10.0.5.23" }, server: { ipaddr: "10.0.2.40", port: 5432 } });

describe("db-slow-queries", () => {
  it("records a query slower than 500 ms and adds its time to the server's per-table dataset", () => {
    const run = slow.fire("DB_RESPONSE", { DB: dbTransaction({ processingTime: 1_250 }), Flow: flow });
    expect(run).not.toHaveThrown();
    expect(run.records).toEqual([
      {
        id: "slow_db_query",
        record: {
          database: "orders",
          table: "orders",
          method: "SELECT",
          user: "svc_orders",
          statement: "SELECT id, total FROM orders WHERE customer_id = ?",
          processingTime: 1_250,
          error: null,
          dbServer: "10.0.2.40",
          dbClient: "10.0.5.23",
        },
      },
    ]);
    expect(run).toHaveAddedMetric("Device server-0a00010a", "db-slow-query-ms", {
      method: "metricAddDetailDataset",
      key: "orders.orders",
      value: 1_250,
    });
    expect(run).toHaveAddedMetric("Device server-0a00010a", "db-slow-queries", { value: 1 });
  });

  it("cuts long statements so literals stay out of the record", () => {
    const statement = `INSERT INTO audit VALUES (${"'x', ".repeat(100)}'end')`;
    const run = slow.fire("DB_RESPONSE", {
      DB: dbTransaction({ processingTime: 900, statement, table: "" }),
      Flow: flow,
    });
    const record = run.records[0].record;
    expect(record.statement).toBe(`${statement.slice(0, 200)}…`);
    expect(record.table).toBe("(unknown)");
  });

  it("ignores fast queries and queries the sensor could not time", () => {
    expect(
      slow.fire("DB_RESPONSE", { DB: dbTransaction({ processingTime: 499 }), Flow: flow }).records,
    ).toEqual([]);
    const untimed = slow.fire("DB_RESPONSE", { DB: dbTransaction({ processingTime: NaN }), Flow: flow });
    expect(untimed.records).toEqual([]);
    expect(untimed.metrics).toEqual([]);
  });

  it("runs the same on both engines", () => {
    const steps: EventStep[] = [
      [
        "DB_RESPONSE",
        { DB: dbTransaction({ processingTime: 2_000, error: "deadlock detected" }), Flow: flow },
      ],
      ["DB_RESPONSE", { DB: dbTransaction({ processingTime: 20 }), Flow: flow }],
    ];
    const result = compareEngines("db-slow-queries", steps);
    expect(result.differences).toEqual([]);
    expect(result.interpreter[0].records[0].record.error).toBe("deadlock detected");
  });
});
