/** Prints diagnostics for people (one block each) or as JSON for CI. */
import pc from "picocolors";
import { formatLocation, type Diagnostic } from "../build/diagnostics.ts";
import { codeFrame } from "./code-frame.ts";
import type { Io } from "./io.ts";
import { styled } from "./safe-io.ts";
import { printable, printableValue } from "./terminal.ts";

/** @param root the project root locations are relative to; with it, the source line is shown. */
export function formatDiagnostic(d: Diagnostic, color = false, root?: string): string {
  const c = color ? pc : pc.createColors(false);
  // Values are escaped before the colours go in: a file name or an appliance's message holding
  // escape sequences is shown, not obeyed.
  const where = printableValue(formatLocation(d.location));
  const trigger = d.trigger ? c.dim(` [${printableValue(d.trigger)}]`) : "";
  const head = `${where ? c.bold(where) + " " : ""}${d.severity === "error" ? c.red(d.severity) : c.yellow(d.severity)} ${c.dim(d.code)}${trigger}`;
  const frame = root === undefined ? [] : codeFrame(root, d.location).map((l) => `  ${c.dim(printable(l))}`);
  return [head, ...frame, `  ${printable(d.message)}`, `  ${c.cyan("fix:")} ${printable(d.hint)}`].join("\n");
}

export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  const { err } = styled(io);
  for (const d of diagnostics) err(formatDiagnostic(d, io.isTTY, io.cwd));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length) io.err(`${errors} error(s), ${warnings} warning(s)`);
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
