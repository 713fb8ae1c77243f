/** Trigger discovery (issue 9, item 8): no TypeScript file in triggers/ is skipped without a word. */
import { describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const source = (name: string) => triggerSource(name, ["HTTP_RESPONSE"], 'debug("x");');

describe("trigger discovery", () => {
  it("item 8: build names every file whose name cannot be a trigger id, with the rule and a new name", async () => {
    const t = tempProject({
      "triggers/good.ts": source("Good"),
      "triggers/Detection Kafka.ts": source("Kafka"),
      "triggers/ünï.ts": source("Uni"),
      "triggers/_under.ts": source("Under"),
      "triggers/helper.mts": "export const x = 1;",
      // Not triggers by design: declarations, tests, hidden editor files, other file types.
      "triggers/globals.d.ts": "declare const y: number;",
      "triggers/good.test.ts": "export {};",
      "triggers/.#good.ts": "",
      "triggers/README.md": "notes",
    });
    const io = memoryIo(t.root);
    const code = await main(["build"], io);
    const err = io.stderr.join("\n");
    expect(code).toBe(1);
    for (const file of ["Detection Kafka.ts", "ünï.ts", "_under.ts", "helper.mts"])
      expect(err).toContain(`triggers/${file}:1:1 error EH105`);
    expect(err).toContain("only ASCII letters, digits, '.', '_' and '-'");
    expect(err).toContain("detection-kafka.ts");
    expect(err).toContain("uni.ts");
    for (const file of ["globals.d.ts", "good.test.ts", ".#good.ts", "README.md"])
      expect(err).not.toContain(file);
  });
});
