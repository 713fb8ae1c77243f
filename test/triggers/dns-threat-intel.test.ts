/** dns-threat-intel: DNS answers checked with ThreatIntel, on the compiled trigger and both engines. */
import { describe, expect, it } from "vitest";
import {
  compareEngines,
  dnsAnswer,
  dnsTransaction,
  flowFixture,
  loadTrigger,
  type EventStep,
} from "ehtrig/testing";

const threatIntel = { domains: ["evil.example"], ips: ["203.0.113.66"] };
const intel = loadTrigger("dns-threat-intel", { threatIntel });
const client = { ipaddr: "10.0.5.23" };

describe("dns-threat-intel", () => {
  it("commits a detection for a listed domain, with the client as offender", () => {
    const run = intel.fire("DNS_RESPONSE", {
      DNS: dnsTransaction({
        qname: "evil.example",
        answers: [dnsAnswer("evil.example", "A", "198.51.100.7")],
      }),
      Flow: flowFixture({ client }),
    });
    expect(run).not.toHaveThrown();
    expect(run.detections).toHaveLength(1);
    expect(run).toHaveCommittedDetection("dns_threat_intel_hit", {
      title: "Threat intelligence hit in DNS: evil.example",
      riskScore: 60,
      identityKey: "10.0.5.23|evil.example",
      identityTtl: "day",
      participants: [{ kind: "ipaddr", addr: "10.0.5.23", role: "offender" }],
    });
    expect(run).toHaveAddedMetric("Device client-0a000517", "dns-threat-intel-hits", {
      key: "evil.example",
      value: 1,
    });
  });

  it("checks every answered address, not only the name asked about", () => {
    const run = intel.fire("DNS_RESPONSE", {
      DNS: dnsTransaction({
        qname: "cdn.example",
        answers: [
          dnsAnswer("cdn.example", "CNAME", "edge.cdn.example"),
          dnsAnswer("edge.cdn.example", "A", "198.51.100.7"),
          dnsAnswer("edge.cdn.example", "A", "203.0.113.66"),
        ],
      }),
      Flow: flowFixture({ client }),
    });
    expect(run.detections.map((d) => d.options.identityKey)).toEqual(["10.0.5.23|203.0.113.66"]);
    expect(run.detections[0].options.description).toContain("resolved `cdn.example` to `203.0.113.66`");
  });

  it("stays quiet for clean answers, failed lookups and sensors without threat intelligence", () => {
    const clean = intel.fire("DNS_RESPONSE", { DNS: dnsTransaction(), Flow: flowFixture() });
    expect(clean.detections).toEqual([]);
    const failed = intel.fire("DNS_RESPONSE", {
      DNS: dnsTransaction({ qname: "evil.example", errorNum: 3, error: "NXDOMAIN", answers: [] }),
      Flow: flowFixture(),
    });
    expect(failed.detections).toEqual([]);
    const noIntel = loadTrigger("dns-threat-intel");
    const run = noIntel.fire("DNS_RESPONSE", {
      DNS: dnsTransaction({ qname: "evil.example" }),
      Flow: flowFixture(),
    });
    expect(run.detections).toEqual([]);
    expect(run.metrics).toEqual([]);
  });

  it("runs the same on both engines", () => {
    const steps: EventStep[] = [
      ["DNS_RESPONSE", { DNS: dnsTransaction({ qname: "evil.example" }), Flow: flowFixture({ client }) }],
      [
        "DNS_RESPONSE",
        {
          DNS: dnsTransaction({ answers: [dnsAnswer("updates.example.com", "AAAA", "2001:db8::1")] }),
          Flow: flowFixture(),
        },
      ],
      [
        "DNS_RESPONSE",
        {
          DNS: dnsTransaction({ answers: [dnsAnswer("x.example", "A", "203.0.113.66")] }),
          Flow: flowFixture(),
        },
      ],
    ];
    const result = compareEngines("dns-threat-intel", steps, { threatIntel });
    expect(result.differences).toEqual([]);
    expect(result.vm.map((r) => r.detections.length)).toEqual([1, 0, 1]);
  });
});
