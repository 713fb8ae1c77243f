/**
 * Where a trigger file's config statement ends, when it has the usual form, so that reading the
 * metadata parses the lines up to it instead of the whole file: in a clean build of the
 * benchmark's 50 triggers, parsing each whole cost about 60 ms on one thread, more than any other
 * stage but lowering and the gate.
 *
 * The usual form: a line that begins with `export const trigger` (or `let`, `var`), then the
 * value (brackets, strings and comments followed), optionally `as const` or `satisfies T`, ended
 * by a `;` or by the end of the line once the value's brackets are closed. The scan is only a
 * guess; the caller makes it safe (read.ts): the prefix must parse, its last statement must be the
 * config, and what follows must start another statement (nextStartsStatement). Otherwise, as for
 * any other form, the whole file is parsed. A syntax error after the config is then the bundler's
 * to report (EH400, with its words), as for any module the trigger imports.
 */

const CANDIDATE = /^[ \t]*export[ \t]+(?:const|let|var)[ \t]+trigger\b/m;

/** The offset just after the config statement's guessed end; undefined when there is no guess. */
export function configPrefixEnd(source: string): number | undefined {
  const found = CANDIDATE.exec(source);
  if (!found) return undefined;
  let depth = 0;
  let closed = false;
  for (let i = found.index + found[0].length; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"' || c === "'") {
      i = stringEnd(source, i, c);
      if (i < 0) return undefined;
    } else if (c === "/" && (source[i + 1] === "/" || source[i + 1] === "*")) {
      const after = commentEnd(source, i);
      if (after < 0) return undefined;
      i = after - 1; // (a line comment's newline is looked at next)
    } else if (c === "`" || c === "/") {
      // A template or a regular expression (or a division): not in a literal config.
      return undefined;
    } else if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      if (--depth < 0) return undefined;
      if (depth === 0) closed = true;
    } else if (depth === 0 && c === ";") return i + 1;
    else if (depth === 0 && c === "\n" && closed) return i;
  }
  return depth === 0 && closed ? source.length : undefined;
}

/**
 * Where the comment that starts at `start` ends: a line comment's newline (or the end of the
 * text), just past the end of a block comment; -1 for a block comment left open.
 */
function commentEnd(text: string, start: number): number {
  if (text[start + 1] === "/") {
    const eol = text.indexOf("\n", start);
    return eol < 0 ? text.length : eol;
  }
  const end = text.indexOf("*/", start + 2);
  return end < 0 ? -1 : end + 2;
}

/** The offset of a string's closing quote; -1 when the line ends first. */
function stringEnd(source: string, start: number, quote: string): number {
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === quote) return i;
    else if (c === "\n") return -1;
  }
  return -1;
}

/**
 * Words that, at the start of the next line, could still continue a statement that ended without
 * a `;` (operators; TypeScript's `as`, `satisfies` and `extends` do not after a line break, but
 * nothing is gained by relying on it).
 */
const CONTINUING = new Set(["in", "instanceof", "as", "satisfies", "extends", "of"]);

/**
 * Whether the text after a statement that ended without a `;` can only begin another statement
 * (or nothing): its first token, past blanks and comments, is a word that cannot continue an
 * expression. Punctuation (`(`, `[`, `.`, an operator, a template, a `;`) may continue it or end
 * it differently, so it gives false, as does anything unusual.
 */
export function nextStartsStatement(rest: string): boolean {
  let i = 0;
  while (i < rest.length) {
    const c = rest[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
    else if (c === "/" && (rest[i + 1] === "/" || rest[i + 1] === "*")) {
      i = commentEnd(rest, i);
      if (i < 0) return false;
    } else break;
  }
  if (i >= rest.length) return true;
  const word = /^[A-Za-z_$][\w$]*/.exec(rest.slice(i, i + 40))?.[0];
  return word !== undefined && !CONTINUING.has(word);
}
