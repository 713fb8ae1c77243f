/**
 * The source line of a diagnostic with a caret under its column, for human output. Reads the
 * file as it is now; a file that is gone or shorter gives no frame rather than a wrong one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Location } from "../build/diagnostics.ts";

export function codeFrame(root: string, loc: Location | undefined): string[] {
  if (!loc) return [];
  let text: string | undefined;
  try {
    text = readFileSync(join(root, loc.file), "utf8").split(/\r?\n/)[loc.line - 1];
  } catch {
    return [];
  }
  if (text === undefined) return [];
  const gutter = `${loc.line} | `;
  // Tabs keep their width in the caret line so the caret stays under the column.
  const pad = text.slice(0, Math.max(0, loc.column - 1)).replace(/[^\t]/g, " ");
  return [`${gutter}${text}`, `${" ".repeat(gutter.length - 2)}| ${pad}^`];
}
