import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildProject } from "../../build/index.ts";
import { CACHE_DIR } from "../../build/cache.ts";
import { WriteBehind } from "../../build/write-behind.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "ehtrig-wb-"));
  dirs.push(d);
  return d;
}

describe("write-behind cache writes", () => {
  it("lands every write whole, the last one asked for a path winning, with no temporary file left", async () => {
    const dir = tempDir();
    const w = new WriteBehind();
    const big = "x".repeat(4 * 1024 * 1024);
    w.write(join(dir, "a"), big);
    w.write(join(dir, "a"), "second");
    w.write(join(dir, "b"), Buffer.from("bytes"));
    for (let i = 0; i < 20; i++) w.write(join(dir, "c"), `v${i}`);
    await w.flush();
    expect(readFileSync(join(dir, "a"), "utf8")).toBe("second");
    expect(readFileSync(join(dir, "b"), "utf8")).toBe("bytes");
    expect(readFileSync(join(dir, "c"), "utf8")).toBe("v19");
    expect(readdirSync(dir).sort()).toEqual(["a", "b", "c"]);
  });

  it("reports a write that failed at the flush, once, and writes the others", async () => {
    const dir = tempDir();
    const w = new WriteBehind();
    w.write(join(dir, "missing-folder", "x"), "lost");
    w.write(join(dir, "ok"), "kept");
    await expect(w.flush()).rejects.toMatchObject({ code: "ENOENT" });
    expect(readFileSync(join(dir, "ok"), "utf8")).toBe("kept");
    expect(readdirSync(dir)).toEqual(["ok"]);
    await expect(w.flush()).resolves.toBeUndefined();
  });

  it("a build returns with its cache on disk", async () => {
    const t = tempProject({ "triggers/a.ts": triggerSource("a", ["DETECTION_UPDATE"], 'debug("a");') });
    expect((await buildProject(t.project)).ok).toBe(true);
    const cache = join(t.root, CACHE_DIR);
    const names = readdirSync(cache);
    expect(names).toContain("trigger-a.jsonl");
    expect(names).toContain("metadata.json");
    expect(names.filter((n) => n.endsWith(".tmp"))).toEqual([]);
    const [, outputs] = readFileSync(join(cache, "trigger-a.jsonl"), "utf8").split("\n");
    expect((JSON.parse(outputs!) as { code: string }).code).toContain('debug("a")');
    const modules = readdirSync(join(cache, "modules")).filter((n) => n.endsWith(".js"));
    expect(modules.length).toBeGreaterThan(0);
    expect(readdirSync(join(cache, "modules")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
