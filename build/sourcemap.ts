/**
 * Maps positions of a script (a bundle, or the final ES5 output) back to the TypeScript sources
 * through its source map. `sources` in ehtrig maps are relative to the output folder.
 */
import {
  LEAST_UPPER_BOUND,
  TraceMap,
  decodedMappings,
  originalPositionFor,
  sourceContentFor,
  type SourceMapInput,
} from "@jridgewell/trace-mapping";
import { resolve } from "node:path";
import type { Location } from "./diagnostics.ts";
import { rootRelative } from "./discover.ts";

export interface OriginalPosition extends Location {
  /** The source line's text, when the map carries sourcesContent. */
  text?: string;
}

export class PositionMapper {
  #input: string | SourceMapInput | undefined;
  #map: TraceMap | undefined;

  /**
   * @param map source map JSON or object
   * @param mapDir absolute folder the map's relative `sources` are resolved against
   * @param root absolute project root; locations come back relative to it
   */
  constructor(
    map: string | SourceMapInput,
    private readonly mapDir: string,
    private readonly root: string,
  ) {
    // Parsed on the first question: most scripts pass the gate and never ask one.
    this.#input = map;
  }

  private get map(): TraceMap {
    if (!this.#map) {
      this.#map = new TraceMap(this.#input as SourceMapInput);
      this.#input = undefined;
    }
    return this.#map;
  }

  /** @param line 1-based @param column 0-based */
  original(line: number, column: number): OriginalPosition | undefined {
    let pos = originalPositionFor(this.map, { line, column });
    if (pos.source === null) pos = originalPositionFor(this.map, { line, column, bias: LEAST_UPPER_BOUND });
    if (pos.source === null || pos.line === null) return undefined;
    const file = rootRelative(this.root, resolve(this.mapDir, pos.source));
    const content = sourceContentFor(this.map, pos.source);
    const text = content?.split(/\r?\n/)[pos.line - 1];
    return { file, line: pos.line, column: (pos.column ?? 0) + 1, ...(text !== undefined ? { text } : {}) };
  }

  /** The first mapped position on a generated line (for line-only lookups from a debug log). */
  originalOfLine(line: number): OriginalPosition | undefined {
    const segments = decodedMappings(this.map)[line - 1] ?? [];
    const first = segments.find((seg) => seg.length >= 4);
    return first ? this.original(line, first[0]) : undefined;
  }
}
