/**
 * `ehtrig watch` as a user runs it: a real process, stopped with Ctrl-C (SIGINT). Its type-check
 * server (build/typecheck/session.ts) must not outlive it or keep it running, also when watching
 * starts on a cache whose type-check the first build must redo (the session then opens twice).
 */
import { describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { apiServersIn, startServerProcess, stopServerProcess } from "../support/server-process.ts";
import { tempProject, triggerSource } from "../support/project.ts";

describe("ehtrig watch", () => {
  it("stops on Ctrl-C with its type-check server, after a start that checks everything again", async () => {
    const t = tempProject({
      "triggers/a.ts": triggerSource("A", ["TIMER_30SEC"], 'debug("a");'),
      "triggers/b.ts": triggerSource("B", ["TIMER_30SEC"], 'debug("b");'),
    });
    expect(await main(["build"], memoryIo(t.root))).toBe(0);
    // A new global declaration: the cached type-check no longer holds, the first build redoes it.
    t.write("types/extra.d.ts", "declare const EXTRA: number;\n");

    const watch = await startServerProcess(["watch"], t.root, (out) => out.includes("watching for changes"));
    try {
      t.write("triggers/a.ts", triggerSource("A", ["TIMER_30SEC"], 'debug("a, edited");'));
      await expect.poll(() => watch.stdout(), { timeout: 20_000 }).toMatch(/built 1 trigger in \d+ ms/);
      expect(apiServersIn(t.root)).toHaveLength(1);
    } finally {
      const stopped = Promise.race([
        stopServerProcess(watch).then(() => "stopped"),
        new Promise((resolve) => setTimeout(() => resolve("still running 10 s after Ctrl-C"), 10_000)),
      ]);
      const outcome = await stopped;
      if (outcome !== "stopped") watch.child.kill("SIGKILL");
      expect(outcome).toBe("stopped");
    }
    await expect.poll(() => apiServersIn(t.root), { timeout: 5000 }).toEqual([]);
  });
});
