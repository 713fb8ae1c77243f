import { describe, expect, it } from "vitest";
import { compareEngines } from "../../simulated-engine/compare.ts";
import { ipaddr } from "../../simulated-engine/fixtures/index.ts";
import { inlineTrigger, TEST_TARGETS } from "../support/inline-trigger.ts";

const timer = (body: string) => inlineTrigger(body, ["TIMER_30SEC"]).fire("TIMER_30SEC");

describe("custom metrics", () => {
  it("records Network, Device and Application metrics", () => {
    const run = timer(
      `Network.metricAddCount("logins", 2);
       Network.metricAddDetailCount("logins_by_user", "alice", 1, { highPrecision: true });
       new Device("0a1b2c3d4e5f6071").metricAddDataset("latency", 12.5, { freq: 3 });
       Application("checkout").metricAddDistinct("users", new IPAddress("10.0.0.9"));
       Application("checkout").commit();`,
    );
    expect(run.error).toBeNull();
    expect(run).toHaveAddedMetric("Network", "logins", { method: "metricAddCount", value: 2 });
    expect(run).toHaveAddedMetric("Network", "logins_by_user", {
      key: "alice",
      options: { highPrecision: true },
    });
    expect(run).toHaveAddedMetric("Device 0a1b2c3d4e5f6071", "latency", {
      value: 12.5,
      options: { freq: 3 },
    });
    expect(run).toHaveAddedMetric("Application checkout", "users", { value: "10.0.0.9" });
    expect(run.metrics.at(-1)).toMatchObject({ owner: "Application checkout", method: "commit" });
  });

  it("checks arguments and drops NaN values and null keys as the sensor does", () => {
    expect(timer(`Network.metricAddCount("", 1);`)).toHaveThrown(/metric name/);
    expect(timer(`Network.metricAddCount("x", "1");`)).toHaveThrown(/value must be a number/);
    const run = timer(`Network.metricAddCount("x", NaN); Network.metricAddDetailMax("y", null, 3);`);
    expect(run.metrics.map((m) => m.dropped)).toEqual([true, true]);
  });

  it("finds no device by address (no device table is simulated)", () => {
    expect(timer(`log(String(Device.lookupByIP("10.0.0.1", 0)));`)).toHaveLogged("null");
  });
});

describe("IPAddress", () => {
  it("classifies addresses and masks them", () => {
    const run = timer(
      `var a = new IPAddress("192.168.4.20");
       log([a.isV4, a.isRFC1918, a.isExternal, a.mask(16).toString(), a.equals(new IPAddress("192.168.4.20"))].join(","));
       var b = new IPAddress("2001:db8::1");
       log([b.isV6, b.isRFC1918, b.isExternal, new IPAddress("224.0.0.5").isMulticast, new IPAddress(167772161).toString()].join(","));
       log(JSON.stringify({ ip: a }));`,
    );
    expect(run.logs.map((l) => l.message)).toEqual([
      "true,true,false,192.168.0.0,true",
      "true,false,true,true,10.0.0.1",
      '{"ip":"192.168.4.20"}',
    ]);
    expect(timer(`new IPAddress("not-an-ip");`)).toHaveThrown(/is not an IP address/);
  });

  it("runs the same on both engines", () => {
    const script = `(function () {\nvar a = new IPAddress("10.1.2.3"); Network.metricAddDetailCount("hits", a, 1); log(a + " " + a.isRFC1918);\n})();\n`;
    const r = compareEngines({ id: "ip", events: ["TIMER_30SEC"], script }, [["TIMER_30SEC"]], {
      targets: TEST_TARGETS,
    });
    expect(r.differences).toEqual([]);
    expect(r.vm[0]).toHaveLogged("10.1.2.3 true");
  });
});

describe("ThreatIntel and GeoIP", () => {
  it("answer from the lists and locations the test gives", () => {
    const t = inlineTrigger(
      `var bad = new IPAddress("203.0.113.66");
       log([ThreatIntel.isAvailable, ThreatIntel.hasIP(bad), ThreatIntel.hasDomain("EVIL.example"), ThreatIntel.hasURI("/x")].join(","));
       var c = GeoIP.getCountry(bad);
       log(c.countryCode + " " + c.continentName + " " + GeoIP.getPreciseLocation(bad).city + " " + GeoIP.getCountry(new IPAddress("10.0.0.1")));`,
      ["TIMER_30SEC"],
      {
        threatIntel: { ips: ["203.0.113.66"], domains: ["evil.example"] },
        geoip: { "203.0.113.66": { countryCode: "NL", continentName: "Europe", city: "Amsterdam" } },
      },
    );
    expect(t.fire("TIMER_30SEC").logs.map((l) => l.message)).toEqual([
      "true,true,true,false",
      "NL Europe Amsterdam null",
    ]);
  });

  it("give null when no threat intelligence is loaded", () => {
    expect(
      timer(`log([ThreatIntel.isAvailable, ThreatIntel.hasIP(new IPAddress("1.2.3.4"))].join(","));`),
    ).toHaveLogged("false,");
  });
});

describe("engine values in event fixtures", () => {
  it("give protocol events IPAddress objects, read-only, on both engines", () => {
    const script = `(function () {
var c = Flow.client.ipaddr;
log(c + " " + c.isRFC1918 + " " + Flow.server.ipaddr.isExternal + " " + HTTP.uri);
try { Flow.client.port = 1; } catch (e) { log(e.name); }
})();
`;
    const input = {
      HTTP: { uri: "/a" },
      Flow: {
        client: { ipaddr: ipaddr("10.0.0.7"), port: 51000 },
        server: { ipaddr: ipaddr("198.51.100.4") },
      },
    };
    const r = compareEngines({ id: "flow", events: ["HTTP_REQUEST"], script }, [["HTTP_REQUEST", input]], {
      targets: TEST_TARGETS,
    });
    expect(r.differences).toEqual([]);
    expect(r.vm[0].logs.map((l) => l.message)).toEqual(["10.0.0.7 true true /a", "TypeError"]);
  });
});
