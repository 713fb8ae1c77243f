/**
 * Terminal safety: text that came from an appliance, a bundle or a file name must not drive the
 * terminal. Control characters (C0 but line feed and tab, DEL, C1) could retitle the window, recolour
 * or erase output; bidirectional and invisible formatting characters could make a name read as
 * another. Each is shown as a `\uXXXX` escape, which is also valid inside JSON strings.
 */

const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** The text with every unsafe character escaped; line feeds and tabs are kept. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** For one value on one line (a name, a file): line feeds and tabs are escaped too. */
export function printableValue(text: string): string {
  return printable(text).replace(/[\n\t]/g, escape);
}
