/** tls-cert-expiry: certificates near expiry into commitDetection, on the compiled trigger and both engines. */
import { describe, expect, it } from "vitest";
import {
  compareEngines,
  flowFixture,
  loadTrigger,
  sslCertificate,
  sslSession,
  type EventStep,
} from "ehtrig/testing";

const expiry = loadTrigger("tls-cert-expiry");
const DAY_S = 86_400;
/** The harness clock's start (2026-01-15T12:00:00Z), in seconds. */
const NOW_S = Date.UTC(2026, 0, 15, 12) / 1000;

function handshake(daysLeft: number, fingerprintSHA256 = "ab".repeat(32)) {
  return {
    SSL: sslSession({
      host: "pay.example.com",
      certificate: sslCertificate({
        subject: "CN=pay.example.com",
        notAfter: NOW_S + daysLeft * DAY_S + 3_600,
        fingerprintSHA256,
      }),
    }),
    Flow: flowFixture({ server: { ipaddr: "10.0.1.10", victim: { kind: "device", id: 17 } } }),
  };
}

describe("tls-cert-expiry", () => {
  it("raises an expiring-certificate detection on the server under 14 days", () => {
    const run = expiry.fire("SSL_OPEN", handshake(9));
    expect(run).not.toHaveThrown();
    expect(run).toHaveCommittedDetection("tls_certificate_expiring", {
      title: "TLS certificate of pay.example.com expires in 9 days",
      riskScore: 20,
      identityKey: "ab".repeat(32),
      identityTtl: "day",
      participants: [{ kind: "device", id: 17 }],
    });
    expect(run).toHaveAddedMetric("Device server-0a00010a", "tls-cert-days-left", { value: 9 });
  });

  it("raises an expired-certificate detection with a higher risk", () => {
    const run = expiry.fire("SSL_OPEN", handshake(-3));
    expect(run).toHaveCommittedDetection("tls_certificate_expired", { riskScore: 50 });
    expect(run.detections[0].options.description).toContain("Clients that check validity refuse it.");
    expect(run.metrics[0]).toMatchObject({ method: "metricAddDataset", value: 0 });
  });

  it("only records the days left for a healthy certificate", () => {
    const healthy = expiry.fire("SSL_OPEN", handshake(200));
    expect(healthy.detections).toEqual([]);
    expect(healthy.metrics.map((m) => m.value)).toEqual([200]);
  });

  it("follows packet time: the same certificate expires as the clock moves", () => {
    const input = handshake(20);
    expect(expiry.fire("SSL_OPEN", input).detections).toEqual([]);
    expiry.advance(10 * DAY_S * 1000);
    expect(expiry.fire("SSL_OPEN", input)).toHaveCommittedDetection("tls_certificate_expiring");
  });

  it("runs the same on both engines", () => {
    const steps: EventStep[] = [
      ["SSL_OPEN", handshake(9)],
      ["SSL_OPEN", handshake(-1)],
      ["SSL_OPEN", handshake(90)],
    ];
    expect(compareEngines("tls-cert-expiry", steps).differences).toEqual([]);
  });
});
