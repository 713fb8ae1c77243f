/**
 * Vitest matchers for trigger runs. Failure messages print the run: its error, debug-log lines
 * and ODS calls, so a failing test shows what the trigger did instead of what it did not.
 *
 *   expect(run).toHavePosted("ticket-server", { path: "/rest/api/issue" })
 *   expect(run).toHaveSent("siem", { method: "warn" })
 *   expect(run).toHaveLogged(/could not queue/)
 *   expect(run).not.toHaveThrown()
 *   expect(run).toHaveCommittedDetection("brute_force", { riskScore: 80 })
 *   expect(run).toHaveCommittedRecord("my_record")
 *   expect(run).toHaveAddedMetric("Network", "http_5xx", { value: 1 })
 */
import { expect } from "vitest";
import type { MetricCall } from "./engine/metrics.ts";
import type { OdsCall } from "./engine/records.ts";
import { describeRun, type TriggerRun } from "./run.ts";

type Matcher = { equals(a: unknown, b: unknown): boolean; isNot: boolean };

function isRun(v: unknown): v is TriggerRun {
  return (
    typeof v === "object" &&
    v !== null &&
    Array.isArray((v as TriggerRun).ods) &&
    Array.isArray((v as TriggerRun).logs)
  );
}

function notARun(name: string) {
  return { pass: false, message: () => `${name} expects a TriggerRun (the value fire() returns)` };
}

function matchesText(text: string, want: string | RegExp): boolean {
  return typeof want === "string" ? text.includes(want) : want.test(text);
}

function callMatches(
  this: Matcher,
  call: OdsCall,
  target: string,
  fields: Partial<OdsCall> | undefined,
): boolean {
  if (call.target !== target) return false;
  return !fields || this.equals(call, expect.objectContaining(fields));
}

export const triggerMatchers = {
  /** An HTTP POST to the target (optionally matching fields such as path, json, headers). */
  toHavePosted(this: Matcher, run: unknown, target: string, fields?: Partial<OdsCall>) {
    if (!isRun(run)) return notARun("toHavePosted");
    const pass = run.ods.some(
      (c) => c.kind === "http" && c.method === "POST" && callMatches.call(this, c, target, fields),
    );
    return {
      pass,
      message: () =>
        `expected the run ${pass ? "not " : ""}to POST to ${target}${fields ? ` with ${JSON.stringify(fields)}` : ""}\n\n${describeRun(run)}`,
    };
  },
  /** Any ODS call to the target, of any kind and method. */
  toHaveSent(this: Matcher, run: unknown, target: string, fields?: Partial<OdsCall>) {
    if (!isRun(run)) return notARun("toHaveSent");
    const pass = run.ods.some((c) => callMatches.call(this, c, target, fields));
    return {
      pass,
      message: () =>
        `expected the run ${pass ? "not " : ""}to send to ${target}${fields ? ` with ${JSON.stringify(fields)}` : ""}\n\n${describeRun(run)}`,
    };
  },
  /** A log() or debug() line containing the text (or matching the pattern). */
  toHaveLogged(this: Matcher, run: unknown, want: string | RegExp) {
    if (!isRun(run)) return notARun("toHaveLogged");
    const pass = run.logs.some((l) => matchesText(l.message, want));
    return {
      pass,
      message: () => `expected the run ${pass ? "not " : ""}to log ${String(want)}\n\n${describeRun(run)}`,
    };
  },
  /** The run threw (optionally with a message containing / matching `want`). */
  toHaveThrown(this: Matcher, run: unknown, want?: string | RegExp) {
    if (!isRun(run)) return notARun("toHaveThrown");
    const pass = run.error !== null && (want === undefined || matchesText(run.error.message, want));
    return {
      pass,
      message: () =>
        `expected the run ${pass ? "not " : ""}to throw${want ? ` ${String(want)}` : ""}\n\n${describeRun(run)}`,
    };
  },
  toHaveCommittedDetection(this: Matcher, run: unknown, type: string, options?: Record<string, unknown>) {
    if (!isRun(run)) return notARun("toHaveCommittedDetection");
    const pass = run.detections.some(
      (d) => d.type === type && (!options || this.equals(d.options, expect.objectContaining(options))),
    );
    return {
      pass,
      message: () =>
        `expected the run ${pass ? "not " : ""}to commit detection ${type}\n\n${describeRun(run)}`,
    };
  },
  toHaveCommittedRecord(this: Matcher, run: unknown, id: string, record?: Record<string, unknown>) {
    if (!isRun(run)) return notARun("toHaveCommittedRecord");
    const pass = run.records.some(
      (r) => r.id === id && (!record || this.equals(r.record, expect.objectContaining(record))),
    );
    return {
      pass,
      message: () => `expected the run ${pass ? "not " : ""}to commit record ${id}\n\n${describeRun(run)}`,
    };
  },
  /** A metricAdd* call by `owner` ("Network", "Device <id>", "Application <id>") on metric `name`. */
  toHaveAddedMetric(this: Matcher, run: unknown, owner: string, name: string, fields?: Partial<MetricCall>) {
    if (!isRun(run)) return notARun("toHaveAddedMetric");
    const pass = run.metrics.some(
      (m) =>
        m.owner === owner && m.name === name && (!fields || this.equals(m, expect.objectContaining(fields))),
    );
    return {
      pass,
      message: () =>
        `expected the run ${pass ? "not " : ""}to add metric ${name} to ${owner}\n\n${describeRun(run)}`,
    };
  },
};

interface TriggerMatchers<R = unknown> {
  toHavePosted(target: string, fields?: Partial<OdsCall>): R;
  toHaveSent(target: string, fields?: Partial<OdsCall>): R;
  toHaveLogged(want: string | RegExp): R;
  toHaveThrown(want?: string | RegExp): R;
  toHaveCommittedDetection(type: string, options?: Record<string, unknown>): R;
  toHaveCommittedRecord(id: string, record?: Record<string, unknown>): R;
  toHaveAddedMetric(owner: string, name: string, fields?: Partial<MetricCall>): R;
}

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> extends TriggerMatchers<T> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends TriggerMatchers {}
}
