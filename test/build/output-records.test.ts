/**
 * Builds in processes of their own know an unchanged output by the state recorded for it in the
 * cache folder (BuildCache.outputRecords), without reading it: what was changed by hand since is
 * still put back.
 */
import { rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildProject } from "../../build/index.ts";
import { CACHE_DIR } from "../../build/cache.ts";
import { sha256 } from "../../build/hash.ts";
import { tempProject, triggerSource } from "../support/project.ts";

afterEach(() => vi.restoreAllMocks());

/** The clock 10 s ahead: files written just now count as settled (file-states.ts). */
function later(): void {
  const now = Date.now();
  vi.spyOn(Date, "now").mockImplementation(() => now + 10_000);
}

describe("output records", () => {
  it("records the outputs found holding their scripts, and puts back what was changed by hand", async () => {
    const t = tempProject({
      "triggers/a.ts": triggerSource("a", ["DETECTION_UPDATE"], 'debug("a");'),
      "triggers/b.ts": triggerSource("b", ["DETECTION_UPDATE"], 'debug("b");'),
    });
    expect((await buildProject(t.project)).ok).toBe(true);
    const good = { a: t.read("dist/a.js"), aMap: t.read("dist/a.js.map"), b: t.read("dist/b.js") };
    later();
    // Found holding the scripts, and recorded with their hashes.
    expect((await buildProject(t.project)).ok).toBe(true);
    const records = JSON.parse(t.read(`${CACHE_DIR}/outputs.json`)) as Record<string, { value: string }>;
    expect(records[join(t.root, "dist/a.js")]?.value).toBe(sha256(good.a));
    expect(records[join(t.root, "dist/a.js.map")]?.value).toBe(sha256(good.aMap));
    // Edited by hand: keeping its length, or not; a map deleted.
    writeFileSync(join(t.root, "dist/a.js"), good.a.replace('debug("a")', 'debug("x")'));
    writeFileSync(join(t.root, "dist/b.js"), "tampered");
    rmSync(join(t.root, "dist/a.js.map"));
    const r = await buildProject(t.project);
    expect(r.ok).toBe(true);
    expect(r.triggers.every((x) => x.cached)).toBe(true);
    expect(t.read("dist/a.js")).toBe(good.a);
    expect(t.read("dist/a.js.map")).toBe(good.aMap);
    expect(t.read("dist/b.js")).toBe(good.b);
    // An output left alone keeps its timestamp through builds that trust its record.
    const before = statSync(join(t.root, "dist/b.js")).mtimeMs;
    expect((await buildProject(t.project)).ok).toBe(true);
    expect((await buildProject(t.project)).ok).toBe(true);
    expect(statSync(join(t.root, "dist/b.js")).mtimeMs).toBe(before);
    expect(t.read("dist/b.js")).toBe(good.b);
  });

  it("a trigger rebuilt to the same script is recorded too; one rebuilt to another is written", async () => {
    const t = tempProject({ "triggers/a.ts": triggerSource("a", ["DETECTION_UPDATE"], 'debug("a");') });
    expect((await buildProject(t.project)).ok).toBe(true);
    later();
    expect((await buildProject(t.project)).ok).toBe(true);
    t.write("triggers/a.ts", triggerSource("a", ["DETECTION_UPDATE"], 'debug("changed");'));
    const r = await buildProject(t.project);
    expect(r.triggers[0]!.cached).toBe(false);
    expect(t.read("dist/a.js")).toContain('debug("changed")');
    expect(t.read("dist/a.js")).not.toContain('debug("a")');
  });

  it("trusts no record of another file, nor a records file that does not parse", async () => {
    const t = tempProject({ "triggers/a.ts": triggerSource("a", ["DETECTION_UPDATE"], 'debug("a");') });
    expect((await buildProject(t.project)).ok).toBe(true);
    const good = t.read("dist/a.js");
    later();
    expect((await buildProject(t.project)).ok).toBe(true);
    // Records of other paths (a project copied elsewhere with its cache) are not this one's files.
    const records = t.read(`${CACHE_DIR}/outputs.json`);
    t.write(`${CACHE_DIR}/outputs.json`, records.replaceAll(join(t.root, "dist"), join(t.root, "elsewhere")));
    writeFileSync(join(t.root, "dist/a.js"), "tampered");
    expect((await buildProject(t.project)).ok).toBe(true);
    expect(t.read("dist/a.js")).toBe(good);
    t.write(`${CACHE_DIR}/outputs.json`, "{ not json");
    writeFileSync(join(t.root, "dist/a.js"), "tampered again");
    expect((await buildProject(t.project)).ok).toBe(true);
    expect(t.read("dist/a.js")).toBe(good);
  });
});
