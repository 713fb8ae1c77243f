/** The example triggers of the repository build and pass the gate, with the metadata they declare. */
import { describe, expect, it } from "vitest";
import { checkProject, loadProject } from "../../build/index.ts";
import { REPO } from "../support/project.ts";

describe("example triggers", () => {
  it("all verify, each with its events and a readable ES5 script", async () => {
    const result = await checkProject(loadProject(REPO));
    expect(result.diagnostics).toEqual([]);
    const byId = Object.fromEntries(result.triggers.map((t) => [t.id, t]));
    expect(Object.keys(byId).sort()).toEqual([
      "detection-kafka",
      "detection-syslog",
      "http-server-errors",
      "ticket-tracking",
    ]);
    expect(byId["ticket-tracking"]!.metadata.events).toEqual(["DETECTION_UPDATE"]);
    expect(byId["http-server-errors"]!.metadata.events).toEqual(["HTTP_RESPONSE"]);
    for (const t of result.triggers) {
      expect(t.code).toMatch(/^\/\*\n \* ExtraHop trigger: /);
      expect(t.code).toMatch(/\n\(function ?\(\) \{\n/);
      // shared helpers from triggers/lib are bundled into each trigger that imports them
      if (t.id !== "http-server-errors")
        expect(t.inputs.some((p) => p.includes("/triggers/lib/"))).toBe(true);
    }
  });
});
