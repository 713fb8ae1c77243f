/**
 * The other example triggers, through the harness on their compiled artifacts, and on both
 * engines (node:vm and the ES5 interpreter).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  arbitraryDetection,
  compareEngines,
  detection,
  loadRestDetection,
  loadTrigger,
} from "ehtrig/testing";

describe("detection-syslog", () => {
  const syslog = loadTrigger("detection-syslog");

  it("sends one summary line at a severity that follows the risk score", () => {
    const run = syslog.fire("DETECTION_UPDATE", {
      detection: detection({ id: 5, riskScore: 85, title: 'Say "hi"' }),
    });
    expect(run).toHaveSent("siem", { kind: "syslog", method: "crit" });
    expect(run.ods[0].message).toMatch(
      /^ExtraHop detection event=create id=5 type=rare_ssh_port risk=85 .*title="Say \\"hi\\""$/,
    );
  });

  it("logs when the target refuses", () => {
    syslog.target("siem").refuse();
    expect(syslog.fire("DETECTION_UPDATE", { detection: detection({ id: 6 }) })).toHaveLogged(
      "refused the summary of detection 6",
    );
  });

  it("never exceeds the syslog message size, so the harness never has to cut", () => {
    fc.assert(
      fc.property(arbitraryDetection(), (d) => {
        const run = syslog.fire("DETECTION_UPDATE", { detection: d });
        expect(run.error).toBeNull();
        expect(run.ods).toHaveLength(1);
        expect(run.ods[0].truncated).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("runs the same on both engines", () => {
    const d = loadRestDetection("test/fixtures/detections/custom-beaconing-closed.json", {
      isEventCreate: false,
    });
    expect(compareEngines("detection-syslog", [["DETECTION_UPDATE", { detection: d }]]).differences).toEqual(
      [],
    );
  });
});

describe("detection-kafka", () => {
  const kafka = loadTrigger("detection-kafka", { system: { hostname: "eda-7" } });

  it("publishes one JSON record per detection change", () => {
    const run = kafka.fire("DETECTION_UPDATE", { detection: detection({ id: 31, isEventCreate: false }) });
    expect(run).toHaveSent("detections-bus", { kind: "kafka", topic: "extrahop.detections" });
    const record = JSON.parse(String(run.ods[0].messages![0]));
    expect(record).toMatchObject({
      change: "update",
      id: 31,
      sensor: "eda-7",
      offenders: ["203.0.113.7"],
      victims: ["[object Device 1904]"],
    });
  });

  it("runs the same on both engines", () => {
    const steps = ["rare-ssh-port", "ransomware-in-progress", "custom-beaconing-closed"].map(
      (f) =>
        ["DETECTION_UPDATE", { detection: loadRestDetection(`test/fixtures/detections/${f}.json`) }] as const,
    );
    expect(
      compareEngines(
        "detection-kafka",
        steps.map(([e, i]) => [e, i]),
      ).differences,
    ).toEqual([]);
  });
});

describe("http-server-errors", () => {
  const errors = loadTrigger("http-server-errors");
  const response = (statusCode: number) => ({
    HTTP: { statusCode, method: "GET", uri: "/api/orders" },
    Flow: { server: { ipaddr: "10.1.2.3", victim: { kind: "device", id: 17 } } },
  });

  it("commits one detection when a server returns 50 errors within a minute", () => {
    let runs = [];
    for (let i = 0; i < 50; i++) runs.push(errors.fire("HTTP_RESPONSE", response(503)));
    expect(runs.slice(0, 49).every((r) => r.detections.length === 0)).toBe(true);
    expect(runs[49]).toHaveCommittedDetection("http_server_error_burst", {
      identityKey: "10.1.2.3",
      riskScore: 30,
    });
    runs = [errors.fire("HTTP_RESPONSE", response(503))];
    expect(runs[0].detections).toEqual([]);
  });

  it("forgets the count when the window expires", () => {
    for (let i = 0; i < 30; i++) errors.fire("HTTP_RESPONSE", response(500));
    errors.advance(61_000);
    for (let i = 0; i < 30; i++) expect(errors.fire("HTTP_RESPONSE", response(500)).detections).toEqual([]);
  });

  it("ignores successful responses", () => {
    expect(errors.fire("HTTP_RESPONSE", response(200))).toMatchObject({ detections: [], error: null });
    expect(errors.session).toEqual({});
  });

  it("runs the same on both engines", () => {
    const steps = Array.from(
      { length: 50 },
      (_, i) => ["HTTP_RESPONSE", response(i % 5 === 0 ? 200 : 502)] as const,
    );
    const result = compareEngines(
      "http-server-errors",
      steps.map(([e, i]) => [e, i]),
      { debug: true },
    );
    expect(result.differences).toEqual([]);
  });
});
