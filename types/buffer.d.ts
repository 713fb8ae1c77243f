/**
 * The ExtraHop `Buffer` class: read-only binary data such as payloads. It is the engine's own
 * class, not Node's Buffer: it has no `from`, `alloc`, `readUInt32BE` or similar; use `unpack()`.
 */

/** Encodings the constructor decodes from. */
type BufferInputEncoding = "base64" | "base64url";
/** Encodings `toString()` produces. */
type BufferStringEncoding = "base64" | "base64url" | "hex";
/** Interpretations `decode()` supports. */
type BufferDecoding = "utf-8" | "utf-16" | "ucs2" | "hex";

/**
 * Result of `Buffer.unpack()`: a real array of the unpacked fields in order, plus `bytes`, the
 * position just past the last byte read, to pass as the next call's offset. What each field is
 * depends on the format string, so fields are `any` unless a tuple type is given:
 * `buf.unpack<[number, number]>("BH")`.
 */
type BufferUnpackResult<T extends unknown[] = any[]> = T & { readonly bytes: number };

interface Buffer {
  /** Number of bytes. */
  readonly length: number;
  /** The byte at an index, 0–255. */
  readonly [index: number]: number;
  /** Reads the bytes as text (`utf-8`, `utf-16`, `ucs2`) or as a hex string. */
  decode(type: BufferDecoding): string;
  equals(other: Buffer): boolean;
  /**
   * Bytes from `start` up to, not including, `end` (default: the end). Negative values count from
   * the end.
   */
  slice(start: number, end?: number): Buffer;
  /** The bytes encoded as base64, base64url or hex; unencoded without a format. */
  toString(format?: BufferStringEncoding): string;
  /**
   * Reads fixed-width fields described by a format string (`B` byte, `H` uint16, `I` uint32,
   * `a` IPv4 address, `s` string, `z` null-terminated string, …), big-endian unless the format
   * starts with `<`. Null bytes are dropped from strings. Throws when the buffer is too short for
   * every field.
   */
  unpack<T extends unknown[] = any[]>(format: string, offset?: number): BufferUnpackResult<T>;
}

interface BufferConstructor {
  /** Decodes a base64 or base64url string into a buffer. */
  new (encoded: string, format: BufferInputEncoding): Buffer;
  readonly prototype: Buffer;
}

declare const Buffer: BufferConstructor;
