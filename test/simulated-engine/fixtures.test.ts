import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectionProblems } from "../../simulated-engine/engine/detection.ts";
import {
  arbitraryDetection,
  detection,
  detectionFromRest,
  loadRestDetection,
} from "../../simulated-engine/fixtures/index.ts";
import type { RestDetection } from "../../simulated-engine/fixtures/rest-detection.ts";

const FIXTURES = "test/fixtures/detections";

describe("detection()", () => {
  it("builds a complete, valid detection with overrides", () => {
    const d = detection({ title: "Port scan", riskScore: null });
    expect(detectionProblems(d)).toEqual([]);
    expect(d).toMatchObject({ title: "Port scan", riskScore: null, isEventCreate: true });
  });

  it("fails on an invalid override with a message naming the field", () => {
    expect(() => detection({ status: "done" as never })).toThrow(
      /EH902 detection\(\): status: must be one of/,
    );
    expect(() => detection({ categories: ["security"] })).toThrow(/categories\[0\]/);
    expect(() => detection({ extra: 1 } as never)).toThrow(/unknown field "extra"/);
  });

  it("requires the field each participant object prints with", () => {
    const one = (object: object) => () =>
      detection({ participants: [{ object, id: 1, role: "victim" }] as never });
    expect(one({ kind: "device" })).toThrow(/participants\[0\]\.object: missing required field "id"/);
    expect(one({ kind: "device", id: "web01" })).toThrow(/participants\[0\]\.object\.id: must be integer/);
    expect(one({ kind: "application", id: 7 })).toThrow(/participants\[0\]\.object\.id: must be string/);
    expect(one({ kind: "ipaddr" })).toThrow(/participants\[0\]\.object: missing required field "addr"/);
    expect(one({ kind: "ipaddr", addr: "10.0.0.1" })).not.toThrow();
  });

  it("agrees with the schema for every arbitrary detection", () => {
    fc.assert(
      fc.property(arbitraryDetection(), (d) => {
        expect(detectionProblems(d)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("REST detections", () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith(".json")))(
    "converts %s to a valid trigger-side detection",
    (file) => {
      expect(detectionProblems(loadRestDetection(`${FIXTURES}/${file}`))).toEqual([]);
    },
  );

  it("maps snake_case fields, MITRE tactics and techniques, and participants", () => {
    const d = loadRestDetection(`${FIXTURES}/rare-ssh-port.json`, { isEventCreate: false });
    expect(d).toMatchObject({
      id: 997222,
      riskScore: 60,
      startTime: 1673508360001,
      ticketId: null,
      isEventCreate: false,
      isCustom: false,
      mitreCategories: [
        { id: "T1571", name: "Non-Standard Port" },
        { id: "TA0011", name: "Command and Control" },
      ],
      participants: [
        { object: { kind: "device", id: 1904 }, role: "victim", id: 1961151 },
        { object: { kind: "ipaddr", addr: "198.51.100.23" }, role: "offender" },
      ],
    });
    expect(loadRestDetection(`${FIXTURES}/custom-beaconing-closed.json`)).toMatchObject({
      isCustom: true,
      status: "closed",
      resolution: "no_action_taken",
      participants: [{ object: { kind: "ipaddr" } }, { object: { kind: "application", id: "beacon-watch" } }],
    });
  });

  it("rejects what is not a REST detection", () => {
    expect(() => detectionFromRest({ name: "x" } as unknown as RestDetection)).toThrow(/EH903/);
    const bad = {
      id: 1,
      title: "t",
      type: "x",
      participants: [{ object_type: "ipaddr", role: "victim", id: 1 }],
    };
    expect(() => detectionFromRest(bad as unknown as RestDetection)).toThrow(/participants\[0\]/);
    const untyped = { id: 1, title: "t", start_time: 1, update_time: 2 };
    expect(() => detectionFromRest(untyped as unknown as RestDetection)).toThrow(
      /EH902 REST detection 1: .*missing required field "type"/,
    );
  });
});
