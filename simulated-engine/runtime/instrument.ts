/**
 * The per-event time limit. node:vm's `timeout` option starts a watchdog thread on every run
 * (about 100 µs each, see pipeline-notes.md §6), which alone would cap the harness near 10,000
 * events/s. Instead the script is wrapped once, at load time, in a function whose loops and
 * function bodies call a cheap budget check; the check looks at the clock every 1,024 calls.
 *
 * Checks are inserted without adding lines, and the column shifts are remembered so that stack
 * positions can be translated back to the artifact before the source map is consulted.
 * Known gap: a single long native call (a catastrophic regular expression) is not interrupted.
 */
import { parse, type Node } from "acorn";
import { simple } from "acorn-walk";

export const TICK = "__ehtrig_tick";

interface Insertion {
  pos: number;
  text: string;
}

/** Column insertions of one line: original column and inserted length, sorted by column. */
export type ColumnShifts = Map<number, Array<{ column: number; length: number }>>;

export interface Instrumented {
  /** Source text of a function expression: `(function (now, TimeoutError) { ... })`. */
  wrapper: string;
  /** Lines the wrapper adds before the artifact's first line (use as a negative lineOffset). */
  prefixLines: number;
  shifts: ColumnShifts;
}

/** Budget checks between the clock readings. */
const CHECK_EVERY = 1024;

export function instrument(artifact: string): Instrumented {
  const ast = parse(artifact, { ecmaVersion: 5, allowReturnOutsideFunction: true, locations: true });
  const inserts: Insertion[] = [];
  const call = `${TICK}();`;
  const loopBody = (body: Node) => {
    if (body.type === "BlockStatement") inserts.push({ pos: body.start + 1, text: call });
    else inserts.push({ pos: body.start, text: `{${call}` }, { pos: body.end, text: "}" });
  };
  // After the directive prologue: a check before "use strict" would turn the directive off.
  const fnBody = (node: Node & { body: Node & { body: Array<Node & { directive?: string }> } }) => {
    const directives = node.body.body.filter(
      (st, i, all) => st.directive !== undefined && all.slice(0, i).every((p) => p.directive !== undefined),
    );
    const after = directives.length ? directives[directives.length - 1].end : node.body.start + 1;
    inserts.push({ pos: after, text: call });
  };
  simple(ast, {
    ForStatement: (n) => loopBody((n as unknown as { body: Node }).body),
    ForInStatement: (n) => loopBody((n as unknown as { body: Node }).body),
    WhileStatement: (n) => loopBody((n as unknown as { body: Node }).body),
    DoWhileStatement: (n) => loopBody((n as unknown as { body: Node }).body),
    FunctionDeclaration: (n) => fnBody(n as Parameters<typeof fnBody>[0]),
    FunctionExpression: (n) => fnBody(n as Parameters<typeof fnBody>[0]),
  });
  inserts.sort((a, b) => a.pos - b.pos);

  const lineStarts = [0];
  for (let i = 0; i < artifact.length; i++) if (artifact.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const shifts: ColumnShifts = new Map();
  let out = "";
  let last = 0;
  for (const ins of inserts) {
    out += artifact.slice(last, ins.pos) + ins.text;
    last = ins.pos;
    const line = lineOf(lineStarts, ins.pos);
    const list = shifts.get(line) ?? [];
    list.push({ column: ins.pos - lineStarts[line - 1], length: ins.text.length });
    shifts.set(line, list);
  }
  out += artifact.slice(last);

  const prologue = (ast.body as Array<Node & { directive?: string }>).filter(
    (st, i, all) => st.directive !== undefined && all.slice(0, i).every((p) => p.directive !== undefined),
  );
  const strict = prologue.some((st) => st.directive === "use strict");
  const prefix = [
    "(function (__ehtrig_now, __ehtrig_TimeoutError) {",
    "var __ehtrig_deadline = 0, __ehtrig_count = 0, __ehtrig_expired = false, __ehtrig_limit = 0;",
    `function ${TICK}() {`,
    "  if (__ehtrig_expired) throw new __ehtrig_TimeoutError(__ehtrig_limit);",
    `  if ((++__ehtrig_count & ${CHECK_EVERY - 1}) !== 0) return;`,
    "  if (__ehtrig_now() > __ehtrig_deadline) { __ehtrig_expired = true; throw new __ehtrig_TimeoutError(__ehtrig_limit); }",
    "}",
    "return {",
    "  expired: function () { return __ehtrig_expired; },",
    "  run: function (limit) {",
    // A script-level "use strict" must stay a directive of the function the script now runs in.
    `${strict ? '"use strict"; ' : ""}__ehtrig_limit = limit; __ehtrig_expired = false; __ehtrig_count = 0; __ehtrig_deadline = __ehtrig_now() + limit;`,
  ];
  const wrapper = `${prefix.join("\n")}\n${out}\n}};\n})`;
  return { wrapper, prefixLines: prefix.length, shifts };
}

function lineOf(lineStarts: number[], pos: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Translates a 0-based column of the instrumented line back to the artifact's column. */
export function originalColumn(shifts: ColumnShifts, line: number, column: number): number {
  const list = shifts.get(line);
  if (!list) return column;
  let shift = 0;
  for (const s of list) {
    if (column >= s.column + shift + s.length) shift += s.length;
    else if (column >= s.column + shift) return s.column;
    else break;
  }
  return column - shift;
}
