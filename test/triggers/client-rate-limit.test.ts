/**
 * client-rate-limit: a per-client rate limiter in the session table, reported on TIMER_30SEC; on
 * the compiled trigger and both engines.
 */
import { describe, expect, it } from "vitest";
import { compareEngines, flowFixture, httpTransaction, loadTrigger, type EventStep } from "ehtrig/testing";

const limiter = loadTrigger("client-rate-limit");

function request(ip: string): EventStep {
  return ["HTTP_REQUEST", { HTTP: httpTransaction(), Flow: flowFixture({ client: { ipaddr: ip } }) }];
}

function burst(ip: string, n: number): void {
  for (let i = 0; i < n; i++) limiter.fire("HTTP_REQUEST", request(ip)[1]);
}

describe("client-rate-limit", () => {
  it("counts requests per client in the session table and feeds the per-client metric", () => {
    const run = limiter.fire("HTTP_REQUEST", request("10.0.5.23")[1]);
    expect(run).toHaveAddedMetric("Network", "http-requests-by-client", { key: "10.0.5.23", value: 1 });
    burst("10.0.5.23", 9);
    expect(limiter.session).toEqual({ "rate-limit:count:10.0.5.23": 10 });
  });

  it("marks a client limited on its 101st request in a minute and reports it on the next timer", () => {
    burst("10.0.5.23", 100);
    burst("10.0.5.99", 12);
    expect(limiter.session).toMatchObject({ "rate-limit:count:10.0.5.23": 100 });
    expect(limiter.session["rate-limit:queue"]).toBeUndefined();
    burst("10.0.5.23", 2);
    expect(limiter.session).toMatchObject({
      "rate-limit:count:10.0.5.23": 102,
      "rate-limit:limited:10.0.5.23": 101,
      "rate-limit:queue": "10.0.5.23",
    });

    const report = limiter.fire("TIMER_30SEC");
    expect(report).toHaveSent("siem", {
      kind: "syslog",
      method: "warn",
      message: "ehtrig rate-limit limit=100/60s clients=10.0.5.23",
    });
    expect(report).toHaveAddedMetric("Network", "http-rate-limited-clients", { value: 1 });
    expect(limiter.session["rate-limit:queue"]).toBeUndefined();
    expect(limiter.fire("TIMER_30SEC").ods).toEqual([]);
  });

  it("starts a new window when the minute is over; the limit mark lasts ten minutes", () => {
    burst("10.0.5.23", 101);
    limiter.advance(61_000);
    expect(limiter.session["rate-limit:count:10.0.5.23"]).toBeUndefined();
    expect(limiter.session["rate-limit:limited:10.0.5.23"]).toBe(101);
    limiter.advance(540_000);
    expect(limiter.session["rate-limit:limited:10.0.5.23"]).toBeUndefined();
  });

  it("logs when the SIEM refuses the report", () => {
    burst("10.0.5.23", 101);
    burst("10.0.5.24", 101);
    limiter.target("siem").refuse();
    const run = limiter.fire("TIMER_30SEC");
    expect(run.ods[0].message).toBe("ehtrig rate-limit limit=100/60s clients=10.0.5.23 10.0.5.24");
    expect(run).toHaveLogged("the SIEM refused the report of 2 clients");
  });

  it("runs the same on both engines", () => {
    const steps: EventStep[] = [
      ...Array.from({ length: 101 }, () => request("10.0.5.23")),
      ["TIMER_30SEC", {}],
      ["TIMER_30SEC", {}],
    ];
    const result = compareEngines("client-rate-limit", steps);
    expect(result.differences).toEqual([]);
    expect(result.interpreter[101].ods).toHaveLength(1);
  });
});
