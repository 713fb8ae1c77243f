/**
 * A build that lives on (watch mode) does not read again the files that did not change since an
 * earlier build (build/file-states.ts): sources it hashed, outputs it found written. It must still
 * see every edit, also one that keeps the file's size and puts its modification time back.
 */
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BuildCache, FileHashes } from "../../build/cache.ts";
import { writeIfChanged } from "../../build/write-atomic.ts";
import { FileStates, observe, SETTLED_MS } from "../../build/file-states.ts";
import { buildProject } from "../../build/pipeline.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const tick = () => new Promise((r) => setTimeout(r, 50)); // longer than a clock tick of file times

/** A whole second an hour ago: a modification time that utimes sets back exactly. */
const PAST = Math.floor(Date.now() / 1000) - 3600;

/** The file's state, observed as if it had settled long before. */
function settled(path: string) {
  const state = observe(path)!;
  return { ...state, at: state.ctimeMs + 2 * SETTLED_MS };
}

describe("FileStates", () => {
  it("keeps a value while the file is unchanged, and drops it on a write of the same size", async () => {
    const t = tempProject({ "notes.txt": "abc" });
    const path = join(t.root, "notes.txt");
    const states = new FileStates<string>();
    states.record(path, "abc", settled(path));
    expect(states.get(path)).toBe("abc");
    await tick();
    writeFileSync(path, "xyz");
    expect(states.get(path)).toBeUndefined();
  });

  it("sees a write whose modification time was put back (only the kernel sets the change time)", async () => {
    const t = tempProject({ "notes.txt": "abc" });
    const path = join(t.root, "notes.txt");
    utimesSync(path, PAST, PAST);
    const states = new FileStates<string>();
    states.record(path, "abc", settled(path));
    await tick();
    writeFileSync(path, "xyz");
    utimesSync(path, PAST, PAST);
    expect(statSync(path).mtimeMs).toBe(PAST * 1000);
    expect(states.get(path)).toBeUndefined();
  });

  it("does not keep a file that had just changed when it was observed (a second write could look the same)", () => {
    const t = tempProject({ "notes.txt": "abc" });
    const path = join(t.root, "notes.txt");
    const states = new FileStates<string>();
    states.record(path, "abc", observe(path));
    expect(states.get(path)).toBeUndefined();
  });

  it("forgets a file that was deleted", () => {
    const t = tempProject({ "notes.txt": "abc" });
    const path = join(t.root, "notes.txt");
    const states = new FileStates<string>();
    states.record(path, "abc", settled(path));
    rmSync(path);
    expect(states.get(path)).toBeUndefined();
  });
});

describe("what a build does with the states", () => {
  it("takes a remembered file's hash without reading it, and an unreadable path gives none", () => {
    const t = tempProject({ "triggers/lib/a.ts": "export const a = 1;\n" });
    const path = join(t.root, "triggers/lib/a.ts");
    const states = new FileStates<{ hash: string | null; bytes?: Buffer }>();
    states.record(path, { hash: "remembered", bytes: Buffer.from("x") }, settled(path));
    const hashes = new FileHashes(states);
    expect(hashes.get(path)).toBe("remembered");
    expect(hashes.text(path)).toBe("x");
    // a path under a file (ENOTDIR) and a folder: no hash, no exception
    expect(new FileHashes(states).get(join(path, "nested.ts"))).toBeNull();
    expect(new FileHashes(states).get(t.root)).toBeNull();
  });

  it("does not read or write an output remembered to hold the text", () => {
    const t = tempProject({ "dist/a.js": "old" });
    const path = join(t.root, "dist/a.js");
    const written = new FileStates<string>();
    written.record(path, "new", settled(path)); // (what a build found written, faked)
    writeIfChanged(path, "new", written);
    expect(readFileSync(path, "utf8")).toBe("old");
    writeIfChanged(path, "new"); // without the states it reads, compares and writes
    expect(readFileSync(path, "utf8")).toBe("new");
  });
});

describe("rebuilds with a kept cache (watch mode)", () => {
  it("put back a hand-edited output and see an edit of a shared module, both keeping size and modification time", async () => {
    const lib = "export const factor = 2;\n";
    const t = tempProject({
      "triggers/lib/factor.ts": lib,
      "triggers/a.ts": triggerSource(
        "A",
        ["TIMER_30SEC"],
        'import { factor } from "./lib/factor";\nlog(String(factor * 21));',
      ),
    });
    const cache = new BuildCache(t.root);
    const build = async () => {
      const r = await buildProject(t.project, { cache, typecheck: false });
      expect(r.diagnostics).toEqual([]);
      return r;
    };
    await build();
    const libPath = join(t.root, "triggers/lib/factor.ts");
    const script = join(t.root, "dist/a.js");
    for (const path of [libPath, script]) utimesSync(path, PAST, PAST);
    await new Promise((r) => setTimeout(r, SETTLED_MS + 100)); // the files settle
    await build(); // nothing changed: the sources and outputs are remembered now
    expect(cache.sources.get(libPath)).toBeDefined();
    expect(cache.outputs.get(script)).toBe(readFileSync(script, "utf8"));

    const built = readFileSync(script, "utf8");
    expect(built).toContain("factor = 2");

    // A hand edit of the output that keeps its size and modification time: put back.
    await tick();
    writeFileSync(script, built.replace("factor = 2", "FACTOR = 2"));
    utimesSync(script, PAST, PAST);
    expect(statSync(script).mtimeMs).toBe(PAST * 1000);
    expect((await build()).triggers[0]!.cached).toBe(true);
    expect(readFileSync(script, "utf8")).toBe(built);

    // An edit of the shared module that keeps its size and modification time: rebuilt.
    await tick();
    writeFileSync(libPath, lib.replace("2", "3"));
    utimesSync(libPath, PAST, PAST);
    expect(statSync(libPath).mtimeMs).toBe(PAST * 1000);
    const r = await build();
    expect(r.triggers[0]!.cached).toBe(false);
    expect(readFileSync(script, "utf8")).toContain("factor = 3");
  });
});
