/** The event → class table (build/engine/events.ts) against what the 26.2 reference documents. */
import { describe, expect, it } from "vitest";
import { API_CLASSES } from "../../build/engine/api-members.ts";
import {
  EVENT_SPELLINGS,
  EVENT_SCOPED_GLOBALS,
  eventGlobals,
  isEventName,
  type EventName,
} from "../../build/engine/events.ts";
import { UNIVERSAL_GLOBALS } from "../../build/engine/globals.ts";
import { readMetadata } from "../../build/metadata/read.ts";
import { triggerSource } from "../support/project.ts";

const has = (event: EventName, cls: string): boolean => eventGlobals(event).includes(cls);

describe("event table", () => {
  it("provides TCP and UDP on FLOW_TICK and FLOW_TURN, where their flow counters are read", () => {
    for (const event of ["FLOW_TICK", "FLOW_TURN"] as const) {
      expect(has(event, "TCP"), event).toBe(true);
      expect(has(event, "UDP"), event).toBe(true);
    }
  });

  it("provides MetricCycle on METRIC_RECORD_COMMIT", () => {
    expect(has("METRIC_RECORD_COMMIT", "MetricCycle")).toBe(true);
    expect(has("METRIC_RECORD_COMMIT", "MetricRecord")).toBe(true);
  });

  it("provides SDP on the SIP events", () => {
    expect(has("SIP_REQUEST", "SDP")).toBe(true);
    expect(has("SIP_RESPONSE", "SDP")).toBe(true);
  });

  it("provides the static FlowInterface and FlowNetwork methods on NETFLOW_RECORD", () => {
    expect(has("NETFLOW_RECORD", "FlowInterface")).toBe(true);
    expect(has("NETFLOW_RECORD", "FlowNetwork")).toBe(true);
  });

  it("has no Flow on CDP, LLDP, NetFlow and sFlow events, which the Flow reference does not list", () => {
    for (const event of ["CDP_FRAME", "LLDP_FRAME", "NETFLOW_RECORD", "SFLOW_RECORD"] as const) {
      expect(has(event, "Flow"), event).toBe(false);
    }
  });

  it("treats VLAN as a general class: listed with the general classes, no global on any event", () => {
    expect(API_CLASSES.find((c) => c.class === "VLAN")?.folder).toBe("");
    expect(EVENT_SCOPED_GLOBALS.has("VLAN")).toBe(false);
    expect(UNIVERSAL_GLOBALS.has("VLAN")).toBe(false);
  });

  it("provides every event-listed class of api-members.json on those events", () => {
    const missing = API_CLASSES.flatMap((c) =>
      c.events
        .filter((e) => isEventName(e) && !has(e, c.class) && !UNIVERSAL_GLOBALS.has(c.class))
        .map((e) => `${c.class} on ${e}`),
    );
    expect(missing).toEqual([]);
  });
});

describe("TFTP's two spellings", () => {
  const read = (events: string[]) => readMetadata(triggerSource("t", events, ""), "triggers/t.ts", "t");

  it("accepts both names as events", () => {
    expect(isEventName("TFTP_REQUEST")).toBe(true);
    expect(isEventName("TFTP_REQUESTS")).toBe(true);
    expect(EVENT_SPELLINGS.TFTP_REQUESTS).toBe("TFTP_REQUEST");
    expect(has("TFTP_REQUEST", "TFTP") && has("TFTP_REQUESTS", "TFTP")).toBe(true);
  });

  it("warns on TFTP_REQUESTS, naming TFTP_REQUEST, and still reads the config", () => {
    const res = read(["TFTP_REQUESTS", "TFTP_RESPONSE"]);
    expect(res.diagnostics.map((d) => `${d.code} ${d.severity}`)).toEqual(["EH204 warning"]);
    expect(res.diagnostics[0]!.message).toContain('"TFTP_REQUEST"');
    expect(res.metadata?.events).toEqual(["TFTP_REQUESTS", "TFTP_RESPONSE"]);
  });

  it("says nothing about TFTP_REQUEST", () => {
    expect(read(["TFTP_REQUEST"]).diagnostics).toEqual([]);
  });
});
