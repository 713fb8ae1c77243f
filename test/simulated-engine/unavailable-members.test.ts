/**
 * Members the reference limits to some events (build/engine/api-members.json `readableOn`) throw
 * when a trigger reads them on another event, as on the sensor, on both engines and whether the
 * fixture is plain data or holds engine objects.
 */
import { describe, expect, it } from "vitest";
import { EhBuffer } from "../../simulated-engine/engine/buffer.ts";
import { inlineTrigger } from "../support/inline-trigger.ts";

const ENGINES = ["vm", "interpreter"] as const;
const READ_STATUS = 'debug("status " + HTTP.statusCode);';

describe.each(ENGINES)("unavailable members (%s)", (engine) => {
  it("throws when HTTP.statusCode is read on HTTP_REQUEST, naming the event that has it", () => {
    const t = inlineTrigger(READ_STATUS, ["HTTP_REQUEST", "HTTP_RESPONSE"], { engine, debug: true });
    const run = t.fire("HTTP_REQUEST", { HTTP: { method: "GET", statusCode: 200 } });
    expect(run.error?.message).toBe(
      "HTTP.statusCode is not available on HTTP_REQUEST (only on HTTP_RESPONSE)",
    );
  });

  it("reads it on HTTP_RESPONSE", () => {
    const t = inlineTrigger(READ_STATUS, ["HTTP_RESPONSE"], { engine, debug: true });
    const run = t.fire("HTTP_RESPONSE", { HTTP: { statusCode: 503 } });
    expect(run.error).toBeNull();
    expect(run.logs.map((l) => l.message)).toEqual(["status 503"]);
  });

  it("throws for a fixture that holds engine objects too, and leaves other members readable", () => {
    const body = 'debug(DNS.qname + " " + DNS.payload); debug(String(DNS.answers));';
    const t = inlineTrigger(body, ["DNS_REQUEST"], { engine, debug: true });
    const run = t.fire("DNS_REQUEST", {
      DNS: { qname: "example.com", payload: EhBuffer.from("10.0.0.1") },
    });
    expect(run.logs.map((l) => l.message)).toEqual(["example.com 10.0.0.1"]);
    expect(run.error?.message).toBe("DNS.answers is not available on DNS_REQUEST (only on DNS_RESPONSE)");
  });
});
