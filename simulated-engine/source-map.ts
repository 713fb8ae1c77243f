/**
 * Maps a position in the compiled artifact back to the TypeScript source through the artifact's
 * source map (v3, `sources` relative to dist/). Map columns are 0-based; reported columns are
 * 1-based like every ehtrig Location.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import type { Location } from "../build/diagnostics.ts";

export class ArtifactMap {
  readonly #map: TraceMap;
  readonly #mapDir: string;
  readonly #root: string;

  constructor(mapText: string, mapFile: string, root: string) {
    this.#map = new TraceMap(mapText);
    this.#mapDir = dirname(mapFile);
    this.#root = root;
  }

  static read(mapFile: string, root: string): ArtifactMap {
    return new ArtifactMap(readFileSync(mapFile, "utf8"), mapFile, root);
  }

  /** line: 1-based, column: 0-based position in the artifact. */
  locate(line: number, column: number): Location | undefined {
    const pos = originalPositionFor(this.#map, { line, column });
    if (pos.source === null || pos.line === null) return undefined;
    const file = relative(this.#root, resolve(this.#mapDir, pos.source)).split("\\").join("/");
    return { file, line: pos.line, column: (pos.column ?? 0) + 1 };
  }
}
