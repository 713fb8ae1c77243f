/**
 * The Io every command writes through: secrets are redacted (secrets.ts) and unsafe characters
 * escaped (terminal.ts) in everything printed, whatever its source. Diagnostics, whose values are
 * escaped before ehtrig adds its own colours, go through `errStyled`, which only redacts.
 */
import type { Io } from "./io.ts";
import { redact } from "./rest/secrets.ts";
import { printable } from "./terminal.ts";

export function safeIo(io: Io): Io {
  return {
    ...io,
    out: (t) => io.out(printable(redact(t))),
    err: (t) => io.err(printable(redact(t))),
    errStyled: (t) => io.err(redact(t)),
  };
}
