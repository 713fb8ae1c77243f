/**
 * Whether a file may affect files that do not import it: a declaration file, or a module that
 * declares globals or other modules, references a lib or types package, or imports a package for
 * its side effects (which may declare globals).
 */
const AMBIENT =
  /\bdeclare\s+(global|module)\b|^\s*\/\/\/\s*<reference\s+(lib|types)\s*=|^\s*import\s*["'][^./]/m;

/** @param text the file's text; undefined (unreadable) counts as ambient */
export function isAmbientText(file: string, text: string | undefined): boolean {
  return file.endsWith(".d.ts") || text === undefined || AMBIENT.test(text);
}

/**
 * Whether a file declares globals for certain: `declare global`, or a declaration file that is
 * not a module. Narrower than isAmbientText, for deciding what to report rather than what to check.
 */
export function declaresGlobals(file: string, text: string | undefined): boolean {
  if (text === undefined) return false;
  return /\bdeclare\s+global\b/.test(text) || (file.endsWith(".d.ts") && !/^(import|export)\b/m.test(text));
}
