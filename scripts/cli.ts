/**
 * The `ehtrig` command line. Each command lives in scripts/commands/ and stays thin over the
 * library; this file only wires them up and turns failures into exit codes:
 * 0 ok, 1 a problem in the user's code or input, 2 usage or internal error.
 */
import { Command, CommanderError } from "commander";
import { diagnostic, EhtrigError } from "../build/diagnostics.ts";
import { TOOLKIT_VERSION } from "../build/version.ts";
import { processIo, type Io } from "./io.ts";
import { printDiagnostics, printJson } from "./report.ts";
import { commandsFor } from "./commands/index.ts";
import { safeIo } from "./safe-io.ts";

export interface CliContext {
  io: Io;
  /** Set by a command that finished with problems it already reported. */
  exitCode: number;
}

/** "unknown option '--api-key=VALUE'" → "unknown option '--api-key=…'". */
function hideOptionValues(text: string): string {
  return text.replace(/(unknown option '-{1,2}[^'=\s]+=)[^']*'/g, "$1…'");
}

export async function main(argv: string[], rawIo: Io = processIo()): Promise<number> {
  // Everything any command prints is redacted and terminal-safe, errors and stacks included.
  const io = safeIo(rawIo);
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command("ehtrig")
    .description("Write, test and ship ExtraHop triggers in TypeScript.")
    .version(TOOLKIT_VERSION)
    .exitOverride()
    // Usage errors quote the command line, which may hold a credential (--api-key=KEY): the value
    // of an unknown option is never shown (and the safe Io redacts the rest).
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(hideOptionValues(s)) })
    .showHelpAfterError();
  for (const register of await commandsFor(argv)) register(program, ctx);
  const json = argv.includes("--json");
  try {
    await program.parseAsync(argv, { from: "user" });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof EhtrigError) {
      if (json) printJson(io, { ok: false, diagnostics: err.diagnostics });
      else printDiagnostics(io, err.diagnostics);
      return err.exitCode;
    }
    const d = diagnostic("EH603", `internal error: ${(err as Error)?.message ?? String(err)}`);
    if (json) printJson(io, { ok: false, diagnostics: [d] });
    else printDiagnostics(io, [d]);
    if (io.env.EHTRIG_DEBUG) io.err(String((err as Error)?.stack));
    return 2;
  }
}
