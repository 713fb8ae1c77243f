/**
 * JSON Schema validation shared by every config and data file ehtrig reads (trigger metadata,
 * project config, fixtures, REST answers). One Ajv instance; errors come back as readable
 * "at /path: message" strings that callers wrap into diagnostics.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

// validateSchema off: checking each schema against the JSON Schema meta-schema compiled that
// meta-schema first, 60 ms of every CLI run. The schemas are ehtrig's own, checked against it by
// test/build/schemas.test.ts; strict mode still rejects unknown keywords as they compile.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateSchema: false });

const compiled = new Map<object, ValidateFunction>();

export interface SchemaProblem {
  /** JSON pointer of the offending value ("" for the root). */
  pointer: string;
  message: string;
}

export function validate(schema: object, data: unknown): SchemaProblem[] {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  if (fn(data)) return [];
  return (fn.errors ?? []).map(describe);
}

function describe(e: ErrorObject): SchemaProblem {
  const pointer = e.instancePath;
  switch (e.keyword) {
    case "additionalProperties":
      return { pointer, message: `unknown field "${String(e.params.additionalProperty)}"` };
    case "required":
      return { pointer, message: `missing required field "${String(e.params.missingProperty)}"` };
    case "enum":
      return {
        pointer,
        message: `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      };
    default:
      return { pointer, message: e.message ?? e.keyword };
  }
}

/** "/events/0" → "events[0]"; "" → "(root)". */
export function pointerToPath(pointer: string): string {
  if (!pointer) return "(root)";
  return pointer
    .slice(1)
    .split("/")
    .map((seg, i) => (/^\d+$/.test(seg) ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join("");
}

/**
 * Best-effort 1-based line and column of a JSON pointer inside JSON text: walks the pointer's
 * object keys and array indexes in order of appearance, so an editor lands on the field itself.
 */
export function positionOfPointer(text: string, pointer: string): { line: number; column: number } {
  let pos = 0;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(seg)) {
      const at = nthArrayItem(text, pos, Number(seg));
      if (at < 0) break;
      pos = at;
      continue;
    }
    const at = text.indexOf(JSON.stringify(seg), pos);
    if (at < 0) break;
    pos = at;
  }
  return offsetToPosition(text, pos);
}

/** Offset of the n-th item of the first array at or after `from` (-1 when not found). */
function nthArrayItem(text: string, from: number, n: number): number {
  const open = text.indexOf("[", from);
  if (open < 0) return -1;
  let depth = 0;
  let index = 0;
  let inString = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 0 && index === n && !/\s/.test(c)) return i;
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      if (depth === 0) return -1;
      depth--;
    } else if (c === "," && depth === 0) index++;
  }
  return -1;
}

export function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Where JSON.parse failed, from V8's "… at position N" (1:1 when it does not say). */
export function jsonErrorPosition(text: string, err: Error): { line: number; column: number } {
  const m = /at position (\d+)/.exec(err.message);
  if (m) return offsetToPosition(text, Number(m[1]));
  const lc = /line (\d+) column (\d+)/.exec(err.message);
  return lc ? { line: Number(lc[1]), column: Number(lc[2]) } : { line: 1, column: 1 };
}
