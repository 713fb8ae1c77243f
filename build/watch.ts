/**
 * Watch mode: rebuilds whenever a trigger, a shared module, a type declaration or the config
 * changes. Every rebuild goes through the same content cache as `build`, so only the triggers
 * whose inputs changed are compiled again; the others come back from memory. The type-check of
 * an edit goes through a checker that stays up between rebuilds (typecheck/session.ts).
 */
import { watch as chokidar } from "chokidar";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { BuildCache, CACHE_DIR } from "./cache.ts";
import { EhtrigError, diagnostic } from "./diagnostics.ts";
import { buildProject, type BuildResult } from "./pipeline.ts";
import { loadProject, type Project } from "./project/config.ts";
import { inclusionOf } from "./typecheck/included.ts";
import { TypecheckSession } from "./typecheck/session.ts";

export interface WatchHandle {
  /** Resolves when the watcher is ready and the first build finished. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface WatchCallbacks {
  /** Awaited before the next rebuild starts (so work it starts, such as tests, never overlaps one). */
  onBuild(result: BuildResult, changed: string[], ms: number): void | Promise<void>;
  /** Errors outside the build itself (config unreadable, …); watching goes on. */
  onError(error: EhtrigError): void;
}

export interface WatchOptions {
  /** false: rebuild without the type-check (BuildOptions.typecheck). */
  typecheck?: boolean;
  debounceMs?: number;
}

export function watchProject(
  root: string,
  callbacks: WatchCallbacks,
  { typecheck = true, debounceMs = 60 }: WatchOptions = {},
): WatchHandle {
  let project: Project = loadProject(root);
  const tsconfig = join(project.root, "tsconfig.json");
  const cache = new BuildCache(project.root);
  // Rebuilds after an edit type-check through a server that keeps the project loaded.
  const session = typecheck ? new TypecheckSession() : undefined;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = (changed: string[]): Promise<void> => {
    running = running.then(async () => {
      const t0 = performance.now();
      try {
        project = loadProject(root);
        // An edited tsconfig may include other folders: watched from now on too.
        if (changed.some((p) => p.endsWith(".json"))) watcher.add(tsconfigPaths());
        // The checker re-reads what the watcher saw change, even an edit undone before the build
        // hashed the file (its server may have read the edited text meanwhile).
        session?.changed(changed.filter((p) => /\.[mc]?ts$/.test(p) && existsSync(p)));
        const result = await buildProject(project, { cache, typecheck, session });
        await callbacks.onBuild(result, changed, performance.now() - t0);
      } catch (err) {
        callbacks.onError(
          err instanceof EhtrigError
            ? err
            : new EhtrigError([diagnostic("EH603", `internal error: ${(err as Error).message}`)], 2),
        );
      }
    });
    return running;
  };

  // Also the folders the tsconfig includes (typings/), the tsconfigs it extends and the project's
  // package.json, which a build depends on too; not what builds write, npm packages or hidden
  // folders.
  const tsconfigPaths = (): string[] => {
    const { starts, bases } = inclusionOf(
      tsconfig,
      existsSync(tsconfig) ? readFileSync(tsconfig, "utf8") : undefined,
    );
    return [...starts, ...bases];
  };
  const written = [project.outDir, join(project.root, CACHE_DIR)];
  const watcher = chokidar(
    [
      ...new Set([
        project.triggersDir,
        join(project.root, "types"),
        tsconfig,
        join(project.root, "ehtrig.config.json"),
        join(project.root, "package.json"),
        ...tsconfigPaths(),
      ]),
    ],
    {
      ignoreInitial: true,
      awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 },
      ignored: (path) =>
        written.some((dir) => path === dir || path.startsWith(dir + sep)) ||
        relative(project.root, path)
          .split(/[\\/]/)
          .some((segment) => segment === "node_modules" || (segment.startsWith(".") && segment !== "..")),
    },
  );
  watcher.on("all", (_event, path) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending = new Set();
      void run(changed);
    }, debounceMs);
  });

  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve())).then(() => run([]));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
      await running;
      await session?.close();
    },
  };
}
