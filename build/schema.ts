/**
 * JSON Schema validation shared by every config and data file ehtrig reads (trigger metadata,
 * project config, fixtures, REST answers). One Ajv instance; errors come back as readable
 * "at /path: message" strings that callers wrap into diagnostics.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });

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
 * Best-effort 1-based line of a JSON pointer inside JSON text: walks the pointer's object keys
 * in order of appearance. Good enough to point an editor at the right place.
 */
export function lineOfPointer(text: string, pointer: string): number {
  let pos = 0;
  for (const seg of pointer.split("/").slice(1)) {
    if (/^\d+$/.test(seg)) continue;
    const at = text.indexOf(JSON.stringify(seg.replace(/~1/g, "/").replace(/~0/g, "~")), pos);
    if (at < 0) break;
    pos = at;
  }
  return text.slice(0, pos).split("\n").length;
}
