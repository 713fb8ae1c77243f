/** Trigger metadata: read statically, validated, every problem at file:line. */
import { describe, expect, it } from "vitest";
import { buildProject } from "../../build/index.ts";
import { readMetadata } from "../../build/metadata/read.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const read = (src: string) => readMetadata(src, "triggers/t.ts", "t");

describe("trigger metadata", () => {
  it("reads a literal config with defaults for the optional fields", () => {
    const r = read(
      'export const trigger = { name: "A", events: ["DETECTION_UPDATE"], hints: { flowUdpAll: true } } satisfies TriggerConfig;',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.metadata).toEqual({
      name: "A",
      events: ["DETECTION_UPDATE"],
      description: "",
      debug: false,
      disabled: false,
      hints: { flowUdpAll: true },
    });
  });

  it("reports a missing config (EH200)", () => {
    expect(read("debug('x');").diagnostics.map((d) => d.code)).toEqual(["EH200"]);
  });

  it("reports a non-literal config at the offending expression (EH201)", () => {
    const r = read(
      'const events = ["DETECTION_UPDATE"];\nexport const trigger = {\n  name: "A",\n  events,\n};',
    );
    expect(r.diagnostics[0]).toMatchObject({ code: "EH201", location: { file: "triggers/t.ts", line: 4 } });
  });

  it("reports unknown events with a suggestion, at the element (EH203)", () => {
    const r = read(
      'export const trigger = {\n  name: "A",\n  events: ["DETECTION_UPDATE", "HTTP_RESPONS"],\n};',
    );
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: "EH203", location: { line: 3, column: 32 } });
    expect(r.diagnostics[0]!.message).toContain("HTTP_RESPONSE");
  });

  it("reports an empty event list, a wrong type and an unknown field (EH202)", () => {
    const r = read(
      'export const trigger = {\n  name: "A",\n  events: [],\n  debug: "yes",\n  colour: 1,\n};',
    );
    expect(r.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([
      ["EH202", 1],
      ["EH202", 3],
      ["EH202", 4],
    ]);
    expect(r.diagnostics.map((d) => d.message).join("\n")).toMatch(/colour[\s\S]*events[\s\S]*debug/);
  });

  it("rejects two triggers with one name, naming the other file (EH103)", async () => {
    const t = tempProject({
      "triggers/a.ts": triggerSource("Same", ["DETECTION_UPDATE"], 'debug("a");'),
      "triggers/b.ts": triggerSource("Same", ["DETECTION_UPDATE"], 'debug("b");'),
    });
    const r = await buildProject(t.project);
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "EH103",
        trigger: "b",
        location: expect.objectContaining({ file: "triggers/b.ts", line: 1 }),
      }),
    ]);
    expect(r.diagnostics[0]!.message).toContain("triggers/a.ts");
  });

  it("never evaluates the config or the trigger code at build time", async () => {
    const t = tempProject({
      "triggers/a.ts":
        'export const trigger = { name: "A", events: ["DETECTION_UPDATE"] } satisfies TriggerConfig;\nthrow new Error("ran at build time");\n',
    });
    const r = await buildProject(t.project);
    expect(r.ok).toBe(true);
    expect(r.triggers[0]!.code).toContain("ran at build time");
    expect(r.triggers[0]!.code).not.toContain('DETECTION_UPDATE"]');
  });
});
