/**
 * The verifier on engine members (build/verify/members.ts): members the reference restricts to
 * some events (EH501) and deprecated members (EH509, an error where the trigger editor refuses
 * them, a warning otherwise). One project holds a trigger per case, built once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildProject, type BuildResult } from "../../build/index.ts";
import type { Diagnostic } from "../../build/diagnostics.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const CASES: Record<string, [events: string[], body: string]> = {
  "answers-on-request": [["DNS_REQUEST"], "debug(String(DNS.answers.length));"],
  "answers-on-both": [
    ["DNS_REQUEST", "DNS_RESPONSE"],
    'if (event === "DNS_RESPONSE") debug(String(DNS.answers.length));',
  ],
  "flow-bytes-on-http": [["HTTP_RESPONSE"], "debug(String(Flow.client.bytes));"],
  "flow-bytes-on-tick": [
    ["FLOW_TICK"],
    "debug(String(Flow.client.bytes + TCP.client.zeroWnd + TCP.retransBytes1));",
  ],
  "status-on-request": [["HTTP_REQUEST"], "debug(String(HTTP.statusCode));"],
  "record-on-request": [["HTTP_REQUEST"], "HTTP.record.tenant = 'a';"],
  "refused-tprocess": [["HTTP_RESPONSE"], "debug(String(HTTP.tprocess));"],
  "refused-session-update": [["TIMER_30SEC"], 'Session.update("k", 1);'],
  "warned-ica-application": [["ICA_OPEN"], "debug(ICA.application);"],
  "warned-record-field": [["SSL_OPEN"], "debug(String(SSL.record.ja3Hash));"],
  "warned-rtt-on-request": [["SMTP_REQUEST", "SMTP_RESPONSE"], "debug(String(SMTP.roundTripTime));"],
  "rtt-on-response": [["SMTP_RESPONSE"], "debug(String(SMTP.roundTripTime));"],
  "warned-categories": [
    ["HTTP_RESPONSE"],
    'commitDetection("x", { title: "t", description: "d", categories: ["sec.attack"] });',
  ],
};

let result: BuildResult;
beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const [name, [events, body]] of Object.entries(CASES))
    files[`triggers/${name}.ts`] = triggerSource(name, events, body);
  result = await buildProject(tempProject(files).project);
}, 120_000);

const of = (trigger: string): Diagnostic[] => result.diagnostics.filter((d) => d.trigger === trigger);
const brief = (trigger: string): string[] => of(trigger).map((d) => `${d.code} ${d.severity}`);

describe("members restricted to some events (EH501)", () => {
  it("rejects DNS.answers on a DNS_REQUEST-only trigger, naming DNS_RESPONSE and the line", () => {
    const [d] = of("answers-on-request");
    expect(d?.code).toBe("EH501");
    expect(d?.message).toBe(
      "DNS.answers is not readable on DNS_REQUEST; the reference allows it on DNS_RESPONSE",
    );
    expect(d?.location && `${d.location.file}:${d.location.line}`).toBe("triggers/answers-on-request.ts:2");
  });

  it("leaves it to run time when one of the trigger's events provides the member", () => {
    expect(of("answers-on-both")).toEqual([]);
  });

  it("checks per-side Flow counters through their device1 form", () => {
    expect(brief("flow-bytes-on-http")).toEqual(["EH501 error"]);
    expect(of("flow-bytes-on-http")[0]?.message).toContain("FLOW_TICK, FLOW_TURN, FLOW_RECORD");
    expect(of("flow-bytes-on-tick")).toEqual([]);
  });

  it("rejects HTTP.statusCode and HTTP.record on HTTP_REQUEST", () => {
    expect(brief("status-on-request")).toEqual(["EH501 error"]);
    expect(brief("record-on-request")).toEqual(["EH501 error"]);
  });
});

describe("deprecated members (EH509)", () => {
  it("refuses members the class page no longer lists, naming the replacement", () => {
    expect(brief("refused-tprocess")).toEqual(["EH509 error"]);
    expect(of("refused-tprocess")[0]?.hint).toBe("Use HTTP.processingTime instead.");
    expect(brief("refused-session-update")).toEqual(["EH509 error"]);
    expect(of("refused-session-update")[0]?.hint).toBe("Use Session.replace() instead.");
  });

  it("warns on members still documented, record fields, event-specific ones and the categories option", () => {
    expect(brief("warned-ica-application")).toEqual(["EH509 warning"]);
    expect(of("warned-ica-application")[0]?.hint).toBe("Use ICA.program instead.");
    expect(brief("warned-record-field")).toEqual(["EH509 warning"]);
    expect(brief("warned-rtt-on-request")).toEqual(["EH509 warning"]);
    expect(of("warned-rtt-on-request")[0]?.message).toContain("on SMTP_REQUEST");
    expect(of("rtt-on-response")).toEqual([]);
    expect(brief("warned-categories")).toEqual(["EH509 warning"]);
  });

  it("fails the build only for the refused ones", () => {
    const failing = new Set(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.trigger));
    expect([...failing].sort()).toEqual([
      "answers-on-request",
      "flow-bytes-on-http",
      "record-on-request",
      "refused-session-update",
      "refused-tprocess",
      "status-on-request",
    ]);
  });
});
