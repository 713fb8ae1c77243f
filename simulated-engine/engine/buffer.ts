/**
 * The engine's `Buffer` (binary data: payloads, Remote.response.body). Not Node's Buffer: the
 * constructor decodes base64/base64url text, `decode` and `toString` pick an encoding, and
 * `unpack` reads fixed-width fields (big-endian unless the format starts with `<`).
 */
import { typeError, apiError } from "./errors.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";

export const BUFFER_INPUT_FORMATS = ["base64", "base64url"] as const;
export const BUFFER_OUTPUT_FORMATS = ["base64", "base64url", "hex"] as const;
export const BUFFER_DECODE_TYPES = ["utf-8", "utf-16", "ucs2", "hex"] as const;

export class EhBuffer {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
    // The engine's Buffer has a square-bracket operator: buf[0] is the first byte.
    for (let i = 0; i < bytes.length; i++) (this as unknown as Record<number, number>)[i] = bytes[i];
  }

  /** `new Buffer(string, format?)`: base64 or base64url text; without a format, the UTF-8 bytes. */
  static from(input: unknown, format?: unknown): EhBuffer {
    if (typeof input !== "string") throw typeError("Buffer: the first argument must be a string");
    if (format === undefined) return new EhBuffer(Buffer.from(input, "utf8"));
    if (!(BUFFER_INPUT_FORMATS as readonly unknown[]).includes(format))
      throw typeError(`Buffer: format must be one of ${BUFFER_INPUT_FORMATS.join(", ")}`);
    return new EhBuffer(Buffer.from(input, format as BufferEncoding));
  }

  /** The bytes, for the harness (not visible to the trigger). */
  static bytesOf(b: EhBuffer): Buffer {
    return b.#bytes;
  }

  get length(): number {
    return this.#bytes.length;
  }

  decode(type: unknown): string {
    switch (type) {
      case "utf-8":
        return this.#bytes.toString("utf8");
      case "utf-16":
      case "ucs2":
        return this.#bytes.toString("utf16le");
      case "hex":
        return this.#bytes.toString("hex");
      default:
        throw typeError(`Buffer.decode: type must be one of ${BUFFER_DECODE_TYPES.join(", ")}`);
    }
  }

  equals(other: unknown): boolean {
    if (!(other instanceof EhBuffer)) throw typeError("Buffer.equals: argument must be a Buffer");
    return this.#bytes.equals(other.#bytes);
  }

  slice(start: unknown, end?: unknown): EhBuffer {
    if (typeof start !== "number") throw typeError("Buffer.slice: start must be a number");
    if (end !== undefined && typeof end !== "number") throw typeError("Buffer.slice: end must be a number");
    return new EhBuffer(Buffer.from(this.#bytes.subarray(start, end as number | undefined)));
  }

  toString(format?: unknown): string {
    if (format === undefined) return this.#bytes.toString("latin1");
    if (!(BUFFER_OUTPUT_FORMATS as readonly unknown[]).includes(format))
      throw typeError(`Buffer.toString: format must be one of ${BUFFER_OUTPUT_FORMATS.join(", ")}`);
    return this.#bytes.toString(format as BufferEncoding);
  }

  /** Fixed-width fields; the result's last element is the offset after the last byte read. */
  unpack(format: unknown, offset: unknown = 0): Array<number | string | boolean> {
    if (typeof format !== "string") throw typeError("Buffer.unpack: format must be a string");
    if (typeof offset !== "number") throw typeError("Buffer.unpack: offset must be a number");
    const b = this.#bytes;
    let little = false;
    let f = format;
    if (/^[<>!=@]/.test(f)) {
      little = f[0] === "<";
      f = f.slice(1);
    }
    const out: Array<number | string | boolean> = [];
    let pos = offset;
    const need = (n: number) => {
      if (pos + n > b.length)
        throw apiError(`Buffer.unpack: not enough data for "${format}" at offset ${pos}`);
    };
    for (const m of f.matchAll(/(\d*)([xbB?hHiIlLqQfdsz])/g)) {
      const count = m[1] ? Number(m[1]) : 1;
      const c = m[2];
      if (c === "s") {
        need(count);
        out.push(
          b
            .subarray(pos, pos + count)
            .toString("latin1")
            .replace(/\0+$/, ""),
        );
        pos += count;
        continue;
      }
      if (c === "z") {
        const end = b.indexOf(0, pos);
        out.push(b.subarray(pos, end < 0 ? b.length : end).toString("latin1"));
        pos = end < 0 ? b.length : end + 1;
        continue;
      }
      for (let i = 0; i < count; i++) {
        const size = { x: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, f: 4, d: 8 }[
          c
        ]!;
        need(size);
        const v = readField(b, c, pos, little);
        if (v !== undefined) out.push(v);
        pos += size;
      }
    }
    out.push(pos);
    return out;
  }
}

function readField(
  b: Buffer,
  c: string,
  pos: number,
  little: boolean,
): number | string | boolean | undefined {
  switch (c) {
    case "x":
      return undefined;
    case "b":
      return String.fromCharCode(b[pos]);
    case "B":
      return b[pos];
    case "?":
      return b[pos] !== 0;
    case "h":
      return little ? b.readInt16LE(pos) : b.readInt16BE(pos);
    case "H":
      return little ? b.readUInt16LE(pos) : b.readUInt16BE(pos);
    case "i":
    case "l":
      return little ? b.readInt32LE(pos) : b.readInt32BE(pos);
    case "I":
    case "L":
      return little ? b.readUInt32LE(pos) : b.readUInt32BE(pos);
    case "q":
      return Number(little ? b.readBigInt64LE(pos) : b.readBigInt64BE(pos));
    case "Q":
      return Number(little ? b.readBigUInt64LE(pos) : b.readBigUInt64BE(pos));
    case "f":
      return little ? b.readFloatLE(pos) : b.readFloatBE(pos);
    default:
      return little ? b.readDoubleLE(pos) : b.readDoubleBE(pos);
  }
}

/** The `Buffer` global: callable with or without `new`. */
export function createBufferGlobal(): (input: unknown, format?: unknown) => EhBuffer {
  return (input, format) => EhBuffer.from(input, format);
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Buffer",
    status: "simulated",
    differences: [
      "`new Buffer(text)` without a format takes the UTF-8 bytes of the text (the reference documents only base64 and base64url input).",
      "`toString()` without a format maps each byte to one character (latin1).",
      "`unpack` formats `a` and `A` (IP addresses) are not supported; 64-bit fields lose precision above 2^53.",
      "`buf instanceof Buffer` is false in the vm runtime.",
    ],
  },
];
