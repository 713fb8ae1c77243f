/** Prints diagnostics for people (one block each) or as JSON for CI. */
import pc from "picocolors";
import { formatLocation, type Diagnostic } from "../build/diagnostics.ts";
import { codeFrame } from "./code-frame.ts";
import type { Io } from "./io.ts";

/** @param root the project root locations are relative to; with it, the source line is shown. */
export function formatDiagnostic(d: Diagnostic, color = false, root?: string): string {
  const c = color ? pc : pc.createColors(false);
  const where = formatLocation(d.location);
  const head = `${where ? c.bold(where) + " " : ""}${d.severity === "error" ? c.red(d.severity) : c.yellow(d.severity)} ${c.dim(d.code)}${d.trigger ? c.dim(` [${d.trigger}]`) : ""}`;
  const frame = root === undefined ? [] : codeFrame(root, d.location).map((l) => `  ${c.dim(l)}`);
  return [head, ...frame, `  ${d.message}`, `  ${c.cyan("fix:")} ${d.hint}`].join("\n");
}

export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.err(formatDiagnostic(d, io.isTTY, io.cwd));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length) io.err(`${errors} error(s), ${warnings} warning(s)`);
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
