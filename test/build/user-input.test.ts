/**
 * User mistakes get a message about the input, never "an ehtrig bug" (issue 9, item 14): exit 1
 * for files, exit 2 for command-line arguments (a usage error, as for any malformed id).
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { tempProject, triggerSource } from "../support/project.ts";

async function run(cwd: string, ...argv: string[]) {
  const io = memoryIo(cwd);
  const code = await main(argv, io);
  return { code, err: io.stderr.join("\n") };
}

describe("mistakes in the user's input", () => {
  it("item 14: ehtrig new with a 300-character id", async () => {
    const t = tempProject({});
    const r = await run(t.root, "new", "a".repeat(300), "--event", "HTTP_REQUEST");
    expect(r.code).toBe(2);
    expect(r.err).toContain("EH602");
    expect(r.err).toContain("300 characters long; at most 100");
    expect(r.err).not.toContain("EH603");
  });

  it("item 14: ehtrig map with the source map deleted, or a damaged manifest", async () => {
    const t = tempProject({ "triggers/good.ts": triggerSource("Good", ["HTTP_REQUEST"], 'debug("x");') });
    expect((await run(t.root, "build")).code).toBe(0);
    rmSync(join(t.root, "dist/good.js.map"));
    const noMap = await run(t.root, "map", "good", "3");
    expect(noMap.code).toBe(1);
    expect(noMap.err).toContain("EH600");
    expect(noMap.err).toContain("good.js.map");
    writeFileSync(join(t.root, "dist/manifest.json"), '{"toolkit": "x", "trig');
    const damaged = await run(t.root, "map", "good", "3");
    expect(damaged.code).toBe(1);
    expect(damaged.err).toContain("manifest.json is damaged");
    writeFileSync(join(t.root, "dist/manifest.json"), '{"toolkit": "x", "triggers": {}}');
    const wrong = await run(t.root, "map", "good", "3");
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain("is not an ehtrig build manifest");
    for (const r of [noMap, damaged, wrong]) expect(r.err).not.toContain("EH603");
  });
});
