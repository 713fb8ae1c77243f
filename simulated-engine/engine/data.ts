/**
 * Values that cross from trigger code into the harness come from another realm (vm) or are
 * converted pseudo objects (interpreter). Engine objects read them with these helpers and keep
 * plain JSON copies, so a test never sees live trigger objects.
 */
import { typeError } from "./errors.ts";

export function isObjectLike(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** JSON copy of a value; undefined stays undefined. Throws the engine's TypeError on cycles. */
export function jsonCopy<T = unknown>(v: unknown, what: string): T {
  if (v === undefined) return undefined as T;
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch (err) {
    throw typeError(`${what} cannot be serialized: ${(err as Error).message}`);
  }
  return (text === undefined ? undefined : JSON.parse(text)) as T;
}

export function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** Byte-exact cut of a string's UTF-8 form that never splits a character. */
export function cutUtf8(text: string, maxBytes: number): { text: string; cut: boolean } {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return { text, cut: false };
  let end = maxBytes;
  // Step back over continuation bytes (10xxxxxx) so the cut lands on a character boundary.
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return { text: bytes.subarray(0, end).toString("utf8"), cut: true };
}
