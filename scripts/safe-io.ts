/**
 * The Io every command writes through: secrets are redacted (secrets.ts) and unsafe characters
 * escaped (terminal.ts) in everything printed, whatever its source. Coloured output, whose values
 * are escaped before ehtrig adds its own colours, goes through `outStyled` / `errStyled`, which only
 * redact.
 */
import type { Io } from "./io.ts";
import { redact } from "./rest/secrets.ts";
import { printable } from "./terminal.ts";

export function safeIo(io: Io): Io {
  return {
    ...io,
    out: (t) => io.out(printable(redact(t))),
    err: (t) => io.err(printable(redact(t))),
    outStyled: (t) => io.out(redact(t)),
    errStyled: (t) => io.err(redact(t)),
  };
}

/** Writers for coloured text: the styled ones when the Io has them. */
export function styled(io: Io): { out: (t: string) => void; err: (t: string) => void } {
  return { out: io.outStyled ?? io.out, err: io.errStyled ?? io.err };
}
