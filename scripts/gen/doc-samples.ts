/**
 * Code samples in the docs are files: a fenced block right after `<!-- sample: PATH -->` shows
 * the file PATH (relative to the repository root), and tests run those files. `npm run docs:gen`
 * copies each file into its block; a test fails when a block and its file differ, and when a
 * block is neither a sample nor plain text (```text: output, trees).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The documents whose samples are kept this way. */
export const SAMPLED_DOCS = [
  "README.md",
  "docs/testing.md",
  "docs/ci.md",
  "docs/rest.md",
  "docs/language-level.md",
  "docs/types.md",
  "docs/demo.md",
];

export interface Block {
  doc: string;
  /** 1-based line of the opening fence. */
  line: number;
  info: string;
  /** The sample file it shows, if marked. */
  sample?: string;
  content: string;
}

const MARKER = /^<!-- sample: (\S+) -->$/;

export function blocks(doc: string, text: string): Block[] {
  const lines = text.split("\n");
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+)(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trimStart() !== fence) j++;
    // the marker is the closest non-blank line above the fence
    let k = i - 1;
    while (k >= 0 && lines[k]!.trim() === "") k--;
    const marker = k >= 0 ? MARKER.exec(lines[k]!.trim()) : null;
    out.push({
      doc,
      line: i + 1,
      info: info!.trim(),
      ...(marker ? { sample: marker[1] } : {}),
      content: lines
        .slice(i + 1, j)
        .map((l) => l.slice(indent!.length))
        .join("\n")
        .concat(j > i + 1 ? "\n" : ""),
    });
    i = j;
  }
  return out;
}

/** The document with every sample block replaced by its file's current text. */
export function withSamples(root: string, text: string): string {
  return text.replace(
    /(<!-- sample: (\S+) -->\n\n?)([ \t]*)(```+)([^\n]*)\n[\s\S]*?\n\3\4\n/g,
    (_m, head: string, path: string, indent: string, fence: string, info: string) => {
      const body = readFileSync(join(root, path), "utf8").replace(/\n$/, "");
      const indented = body
        .split("\n")
        .map((l) => (l ? indent + l : l))
        .join("\n");
      return `${head}${indent}${fence}${info}\n${indented}\n${indent}${fence}\n`;
    },
  );
}
