/**
 * A unified diff (as `diff -u` prints it) of two texts, by lines, for showing what deploy would
 * overwrite. Common leading and trailing lines are set aside first; the rest is matched by longest
 * common subsequence. A middle too large for that (a whole rewrite) is shown as removed, then added.
 */

const CONTEXT = 3;
/** Cells of the LCS table (middle lines of one side × the other) we are willing to fill. */
const MAX_CELLS = 4_000_000;

type Op = { kind: " " | "-" | "+"; line: string };

function middleOps(a: string[], b: string[]): Op[] {
  const removeAll = () => [
    ...a.map((line) => ({ kind: "-" as const, line })),
    ...b.map((line) => ({ kind: "+" as const, line })),
  ];
  if (!a.length || !b.length || a.length * b.length > MAX_CELLS) return removeAll();
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i++] });
      j++;
    } else if (j < b.length && (i === a.length || lcs[i * w + j + 1] > lcs[(i + 1) * w + j]))
      ops.push({ kind: "+", line: b[j++] });
    else ops.push({ kind: "-", line: a[i++] });
  }
  return ops;
}

/** "" when the texts are equal. */
export function unifiedDiff(before: string, after: string, beforeLabel: string, afterLabel: string): string {
  if (before === after) return "";
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const ops: Op[] = [
    ...a.slice(0, head).map((line) => ({ kind: " " as const, line })),
    ...middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map((line) => ({ kind: " " as const, line })),
  ];
  // Hunks: runs of changes with CONTEXT lines around them, merged when their context touches.
  const changed = ops.map((op, k) => (op.kind === " " ? -1 : k)).filter((k) => k >= 0);
  const out = [`--- ${beforeLabel}`, `+++ ${afterLabel}`];
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * CONTEXT) end++;
    const from = Math.max(0, changed[start] - CONTEXT);
    const to = Math.min(ops.length - 1, changed[end] + CONTEXT);
    // Line numbers (1-based) of the hunk's first line on each side.
    let oldLine = 1;
    let newLine = 1;
    for (let k = 0; k < from; k++) {
      if (ops[k].kind !== "+") oldLine++;
      if (ops[k].kind !== "-") newLine++;
    }
    const hunk = ops.slice(from, to + 1);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${oldLine},${oldCount} +${newLine},${newCount} @@`, ...hunk.map((op) => op.kind + op.line));
    start = end + 1;
  }
  return out.join("\n");
}
