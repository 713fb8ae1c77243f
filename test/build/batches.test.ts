/**
 * Issue 11, item 9: a build of many triggers bundles them in batches whose module loads are
 * served batch by batch (build/modules/lowering-queue.ts), so esbuild links one batch while the
 * next is lowered. The scripts must be the same as a build of each trigger alone, a shared module
 * is still lowered once, and one broken trigger in a later batch fails only itself.
 */
import { describe, expect, it } from "vitest";
import { BuildCache } from "../../build/cache.ts";
import { LoweringQueue } from "../../build/modules/lowering-queue.ts";
import { ModuleCache, type CachedModule } from "../../build/modules/module-cache.ts";
import { buildProject } from "../../build/pipeline.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const LIB =
  "export class Box { constructor(readonly v: number) {} get twice(): number { return this.v * 2; } }\n";
const TRIGGERS = 20; // two bundler calls of 10

function project(broken?: number) {
  const files: Record<string, string> = { "triggers/lib/box.ts": LIB };
  for (let i = 0; i < TRIGGERS; i++) {
    const id = `t${String(i).padStart(2, "0")}`;
    const imports = i === broken ? `import { gone } from "./lib/missing";\nlog(gone);\n` : "";
    files[`triggers/${id}.ts`] = triggerSource(
      id,
      ["TIMER_30SEC"],
      `${imports}import { Box } from "./lib/box";\nconst seen: number[] = [${i}];\nfor (const n of seen) log(String(new Box(n).twice));`,
    );
  }
  return tempProject(files);
}

describe("bundling in batches", () => {
  it("makes the same scripts as a build of each trigger alone, and lowers a shared module once", async () => {
    const t = project();
    const cache = new BuildCache(t.root);
    const all = await buildProject(t.project, { cache, write: false });
    expect(all.diagnostics).toEqual([]);
    expect(all.triggers).toHaveLength(TRIGGERS);
    // each trigger and lib/box lowered once; the second call takes lib/box from the first
    expect(cache.modules.stats).toEqual({ hits: 1, misses: TRIGGERS + 1 });
    for (const { id } of all.triggers) {
      const alone = await buildProject(t.project, {
        only: [id],
        cache: new BuildCache(undefined),
        write: false,
        typecheck: false,
      });
      const [built] = alone.triggers;
      const batched = all.triggers.find((x) => x.id === id)!;
      expect(built!.code).toBe(batched.code);
      expect(built!.map).toBe(batched.map);
    }
  });

  it("fails only the broken trigger of a later batch; a partial build writes the others", async () => {
    const t = project(17);
    const r = await buildProject(t.project, { partial: true });
    expect(r.ok).toBe(false);
    expect(r.failed).toEqual(["t17"]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "EH400",
        trigger: "t17",
        location: expect.objectContaining({ file: "triggers/t17.ts", line: 2 }),
      }),
    ]);
    expect(r.triggers).toHaveLength(TRIGGERS - 1);
    for (const id of ["t00", "t09", "t10", "t16", "t18", "t19"])
      expect(t.read(`dist/${id}.js`)).toContain("twice");
  });
});

describe("LoweringQueue", () => {
  it("runs two tasks at a time, the waiting ones lowest batch first and in arrival order within one", async () => {
    const queue = new LoweringQueue();
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const task = (name: string, batch: number) =>
      queue.run(batch, async () => {
        running++;
        most = Math.max(most, running);
        order.push(name);
        await new Promise<void>((done) => release.push(done));
        running--;
      });
    const all = [task("a", 2), task("b", 2), task("c", 2), task("d", 1), task("e", 0), task("f", 1)];
    // a and b run; the others wait: e (batch 0), then d and f (batch 1, as they came), then c
    while (order.length < 6) {
      await new Promise((r) => setImmediate(r));
      release.shift()?.();
    }
    release.forEach((r) => r());
    await Promise.all(all);
    expect(order).toEqual(["a", "b", "e", "d", "f", "c"]);
    expect(most).toBe(2);
  });

  it("frees the place of a task that failed", async () => {
    const queue = new LoweringQueue(1);
    await expect(queue.run(0, () => Promise.reject(new Error("lowering failed")))).rejects.toThrow(
      "lowering failed",
    );
    await expect(queue.run(0, async () => "next")).resolves.toBe("next");
  });
});

describe("ModuleCache", () => {
  it("lowers a module once when two bundler calls ask for it at the same time", async () => {
    const cache = new ModuleCache(undefined);
    let lowerings = 0;
    const lower = async (): Promise<CachedModule> => {
      lowerings++;
      await new Promise((r) => setTimeout(r, 10));
      return { contents: Buffer.from("var x = 1;\n"), diagnostics: [], lowered: true };
    };
    const [a, b] = await Promise.all([cache.get("k", lower), cache.get("k", lower)]);
    expect(lowerings).toBe(1);
    expect(b).toBe(a);
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
  });

  it("gives both callers the error of a lowering that failed, and lowers again when asked later", async () => {
    const cache = new ModuleCache(undefined);
    let lowerings = 0;
    const failing = async (): Promise<CachedModule> => {
      lowerings++;
      await new Promise((r) => setTimeout(r, 10));
      throw new Error("Babel failed");
    };
    const both = await Promise.allSettled([cache.get("k", failing), cache.get("k", failing)]);
    expect(both.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(lowerings).toBe(1);
    const value = { contents: Buffer.from("var x = 1;\n"), diagnostics: [], lowered: true };
    await expect(cache.get("k", async () => value)).resolves.toBe(value);
  });
});
