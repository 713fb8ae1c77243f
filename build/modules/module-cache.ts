/**
 * Lowered modules by content: a module shared by every trigger (a lib file, an npm package) is
 * lowered once per project and reused across triggers and builds; editing it lowers it alone.
 * In memory for the life of the cache (watch mode) and on disk under .ehtrig-cache/modules/.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoweredModule } from "./lower-module.ts";

export class ModuleCache {
  private readonly memory = new Map<string, LoweredModule>();
  /** Keys looked up by the last build (hits and misses), for the bench and tests. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(private readonly dir: string | undefined) {}

  async get(key: string, lower: () => Promise<LoweredModule>): Promise<LoweredModule> {
    let hit = this.memory.get(key) ?? this.load(key);
    if (hit) {
      this.stats.hits++;
      this.memory.set(key, hit);
      return hit;
    }
    this.stats.misses++;
    hit = await lower();
    this.memory.set(key, hit);
    this.save(key, hit);
    return hit;
  }

  private load(key: string): LoweredModule | undefined {
    if (!this.dir) return undefined;
    const file = join(this.dir, `${key}.json`);
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, "utf8")) as LoweredModule;
    } catch {
      return undefined;
    }
  }

  private save(key: string, value: LoweredModule): void {
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${key}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
  }
}
