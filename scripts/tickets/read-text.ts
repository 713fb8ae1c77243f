/**
 * Reads an input file as UTF-8 text, refusing what cannot be a row file before parsing it: a device,
 * a FIFO or a folder (`/dev/zero` would be read forever), a file over MAX_INPUT_BYTES, and bytes that
 * are not UTF-8 (which a lenient decoder would turn into U+FFFD and send). A leading byte order mark
 * is dropped, whatever the format.
 */
import { readFileSync, statSync } from "node:fs";

/** Larger exports are split into several files: the whole file is held in memory while parsed. */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

export type TextProblem =
  | { kind: "unreadable"; code: string }
  | { kind: "not-a-file" }
  | { kind: "too-large"; size: number }
  | { kind: "not-utf8"; line: number; column: number; byte: number; linePrefix: string };

export type TextResult = { text: string } | { problem: TextProblem };

export function readText(file: string): TextResult {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { problem: { kind: "not-a-file" } };
    if (stat.size > MAX_INPUT_BYTES) return { problem: { kind: "too-large", size: stat.size } };
    bytes = readFileSync(file);
  } catch (err) {
    return { problem: { kind: "unreadable", code: (err as NodeJS.ErrnoException).code ?? "error" } };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    const linePrefix = bytes.subarray(lineStart, bad).toString("utf8");
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    return {
      problem: { kind: "not-utf8", line, column: [...linePrefix].length + 1, byte: bytes[bad], linePrefix },
    };
  }
  return { text: bytes.toString("utf8").replace(/^\uFEFF/, "") };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Sequence length and the allowed range of the second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let n: number,
      lo = 0x80,
      hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n > bytes.length || bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (let k = 2; k < n; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += n;
  }
  return -1;
}
