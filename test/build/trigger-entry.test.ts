/**
 * A cached trigger's entry (trigger-entry.ts): a rebuild that takes a trigger from the cache reads
 * only the entry's first line, and reads the script and map when something asks for them. An
 * entry whose outputs do not match its hashes stops the build before anything is written, and is
 * removed so that the next build compiles the trigger again.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildProject, loadProject } from "../../build/index.ts";
import { emit } from "../../build/emit.ts";
import { BuildCache, CACHE_DIR } from "../../build/cache.ts";
import { EhtrigError } from "../../build/diagnostics.ts";
import { encodeEntry, outputSize, readEntryHead, type EntryHead } from "../../build/trigger-entry.ts";
import { tempProject, triggerSource } from "../support/project.ts";

afterEach(() => vi.restoreAllMocks());

/** The clock 10 s ahead: files written just now count as settled (file-states.ts). */
function later(): void {
  const now = Date.now();
  vi.spyOn(Date, "now").mockImplementation(() => now + 10_000);
}

function twoTriggers() {
  return tempProject({
    "triggers/a.ts": triggerSource("a", ["DETECTION_UPDATE"], 'debug("a");'),
    "triggers/b.ts": triggerSource("b", ["DETECTION_UPDATE"], 'debug("b");'),
  });
}

/** Replaces the second line of a trigger's entry, keeping its first. */
function replaceOutputs(root: string, id: string, second: string): void {
  const path = join(root, CACHE_DIR, `trigger-${id}.jsonl`);
  const [head] = readFileSync(path, "utf8").split("\n");
  writeFileSync(path, `${head}\n${second}\n`);
}

describe("cached trigger entries", () => {
  it("holds the head on its first line and the outputs on its second", async () => {
    const t = twoTriggers();
    const r = await buildProject(t.project);
    expect(r.ok).toBe(true);
    const path = join(t.root, CACHE_DIR, "trigger-a.jsonl");
    const head = readEntryHead(path)!;
    const script = t.read("dist/a.js");
    expect(head.size).toEqual(outputSize(script));
    expect(head.size.bytes).toBe(statSync(join(t.root, "dist/a.js")).size);
    const lines = readFileSync(path, "utf8").split("\n");
    expect(lines).toHaveLength(3); // two lines, each ended
    expect(JSON.parse(lines[1]!)).toEqual({ code: script, map: t.read("dist/a.js.map") });
  });

  it("rebuilds with the outputs unread: a damaged second line goes unnoticed while dist/ holds them", async () => {
    const t = twoTriggers();
    const first = await buildProject(t.project);
    expect(first.ok).toBe(true);
    later();
    expect((await buildProject(t.project)).ok).toBe(true); // records the outputs
    replaceOutputs(t.root, "a", "not json");
    const r = await buildProject(loadProject(t.root));
    expect(r.ok).toBe(true);
    const a = r.triggers.find((x) => x.id === "a")!;
    expect(a.cached).toBe(true);
    // Reported from the head: the same figures as the build that compiled it.
    expect(a.size).toEqual(first.triggers.find((x) => x.id === "a")!.size);
    // Asked for, the script is read, found damaged, and the entry removed.
    expect(() => a.code).toThrow(EhtrigError);
    expect(existsSync(join(t.root, CACHE_DIR, "trigger-a.jsonl"))).toBe(false);
    // The next build compiles the trigger again, to the same script.
    const again = await buildProject(t.project);
    expect(again.triggers.find((x) => x.id === "a")!.cached).toBe(false);
    expect(t.read("dist/a.js")).toBe(first.triggers.find((x) => x.id === "a")!.code);
  });

  it("gives a cached trigger's script and map when asked, the same as the build that compiled them", async () => {
    const t = twoTriggers();
    const first = await buildProject(t.project);
    const r = await buildProject(loadProject(t.root));
    for (const id of ["a", "b"]) {
      const fresh = first.triggers.find((x) => x.id === id)!;
      const cached = r.triggers.find((x) => x.id === id)!;
      expect(cached.cached).toBe(true);
      expect(cached.code).toBe(fresh.code);
      expect(cached.map).toBe(fresh.map);
      expect(cached.hashes).toEqual(fresh.hashes);
    }
  });

  it("compiles again a trigger whose entry does not match when its outputs must be put back", async () => {
    const t = twoTriggers();
    const first = await buildProject(t.project);
    expect(first.ok).toBe(true);
    // Another build's outputs under this head (valid JSON, other hashes), and both scripts gone.
    replaceOutputs(t.root, "b", JSON.stringify({ code: 'debug("other");', map: "{}" }));
    rmSync(join(t.root, "dist/a.js"));
    rmSync(join(t.root, "dist/b.js"));
    // The first attempt stops at b's entry (EH604) before writing anything; the build starts
    // again without it and compiles b.
    const cache = new BuildCache(t.root);
    const stored = vi.spyOn(cache, "storeTrigger");
    const r = await buildProject(t.project, { cache });
    expect(r.ok).toBe(true);
    expect(r.triggers.map((x) => [x.id, x.cached])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(stored.mock.calls.map(([id]) => id)).toEqual(["b"]);
    expect(t.read("dist/b.js")).toBe(first.triggers.find((x) => x.id === "b")!.code);
    expect(t.read("dist/a.js")).toBe(first.triggers.find((x) => x.id === "a")!.code);
    expect(readEntryHead(join(t.root, CACHE_DIR, "trigger-b.jsonl"))?.hashes).toEqual(
      first.triggers.find((x) => x.id === "b")!.hashes,
    );
  });

  it("writes nothing when the entry it reads does not match (EH604, which buildProject heals)", async () => {
    const t = twoTriggers();
    expect((await buildProject(t.project)).ok).toBe(true);
    replaceOutputs(t.root, "b", JSON.stringify({ code: 'debug("other");', map: "{}" }));
    rmSync(join(t.root, "dist/a.js"));
    rmSync(join(t.root, "dist/b.js"));
    const manifest = t.read("dist/manifest.json");
    // The emit of a build from the cache, with both outputs to put back: a's texts come first.
    const r = await buildProject(loadProject(t.root), { write: false });
    const err = (() => {
      try {
        emit(join(t.root, "dist"), r.triggers, new Set(["a", "b"]));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(EhtrigError);
    expect((err as EhtrigError).diagnostics.map((d) => d.code)).toEqual(["EH604"]);
    expect(existsSync(join(t.root, "dist/a.js"))).toBe(false);
    expect(existsSync(join(t.root, "dist/b.js"))).toBe(false);
    expect(t.read("dist/manifest.json")).toBe(manifest);
  });

  it("takes no entry whose first line is not a whole head", async () => {
    const t = twoTriggers();
    expect((await buildProject(t.project)).ok).toBe(true);
    const path = join(t.root, CACHE_DIR, "trigger-a.jsonl");
    const head = readEntryHead(path)!;
    const outputs = { code: t.read("dist/a.js"), map: t.read("dist/a.js.map") };
    const { size: _size, ...noSize } = head;
    for (const broken of [
      "",
      "{",
      JSON.stringify(noSize),
      JSON.stringify({ ...head, hashes: { code: head.hashes.code } }),
    ]) {
      writeFileSync(path, `${broken}\n${JSON.stringify(outputs)}\n`);
      expect(readEntryHead(path), broken).toBeUndefined();
      const r = await buildProject(t.project);
      expect(r.triggers.find((x) => x.id === "a")!.cached, broken).toBe(false);
    }
    // A head longer than one read (16 KiB) is read whole.
    const long: EntryHead = { ...head, modules: [...head.modules, "x".repeat(40_000)] };
    writeFileSync(path, encodeEntry(long, outputs));
    expect(readEntryHead(path)).toEqual(long);
  });

  it("removes the entries of triggers the project no longer has, and those of older versions", async () => {
    const t = twoTriggers();
    const cache = join(t.root, CACHE_DIR);
    t.write(`${CACHE_DIR}/trigger-a.json`, '{"key":"x","code":"old format"}');
    expect((await buildProject(t.project)).ok).toBe(true);
    expect(existsSync(join(cache, "trigger-a.json"))).toBe(false);
    expect(existsSync(join(cache, "trigger-b.jsonl"))).toBe(true);
    rmSync(join(t.root, "triggers/b.ts"));
    // A build of named triggers leaves the others' entries.
    expect((await buildProject(loadProject(t.root), { only: ["a"] })).ok).toBe(true);
    expect(existsSync(join(cache, "trigger-b.jsonl"))).toBe(true);
    expect((await buildProject(loadProject(t.root))).ok).toBe(true);
    expect(existsSync(join(cache, "trigger-b.jsonl"))).toBe(false);
    expect(existsSync(join(cache, "trigger-a.jsonl"))).toBe(true);
  });
});
