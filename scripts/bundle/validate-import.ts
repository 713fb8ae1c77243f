/**
 * What `ehtrig import` refuses before writing anything, so that an import never leaves a project
 * that does not build: scripts that do not parse or hold an HTML-like `<!--` comment (legal in a
 * sloppy script, a syntax error once bundled as a module), unknown or repeated events, names used
 * twice (in the bundle or by a trigger of the project), file names too long for the file system,
 * and files that exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { parse, type Comment } from "acorn";
import { diagnostic, EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import { discover } from "../../build/discover.ts";
import { isEventName } from "../../build/engine/events.ts";
import { didYouMean } from "../../build/engine/suggest-event.ts";
import { readMetadata } from "../../build/metadata/read.ts";
import type { Project } from "../../build/project/config.ts";
import type { PlainTrigger } from "./format.ts";

/** A file name holds at most 255 bytes; the longest file a trigger gets is dist/<id>.js.map. */
const MAX_FILE_BYTES = 255;
const LONGEST_SUFFIX = ".js.map";

interface Planned {
  id: string;
  path: string;
  name: string;
}

export function validateImport(
  project: Project,
  from: string,
  triggers: PlainTrigger[],
  planned: Planned[],
): void {
  const problems: Diagnostic[] = [];
  const existing = existingNames(project);
  const seen = new Map<string, number>();
  triggers.forEach((t, i) => {
    const p = planned[i]!;
    const where = triggers.length > 1 ? `${from}: trigger "${t.name}"` : from;
    problems.push(...scriptProblems(t, from));
    if (!t.events.length) problems.push(diagnostic("EH777", `${where} has no events`));
    const repeated = t.events.filter((e, j) => t.events.indexOf(e) !== j);
    for (const e of new Set(repeated))
      problems.push(diagnostic("EH777", `${where}: event ${e} is listed twice`));
    for (const e of t.events)
      if (!isEventName(e))
        problems.push(diagnostic("EH777", `${where}: unknown event "${e}"${didYouMean(e)}`));
    const first = seen.get(t.name);
    if (first !== undefined)
      problems.push(
        diagnostic("EH776", `${from}: the name "${t.name}" is used by Trigger[${first}] and Trigger[${i}]`),
      );
    else seen.set(t.name, i);
    const owner = existing.get(t.name);
    if (owner)
      problems.push(diagnostic("EH776", `${where}: the project's ${owner} already has the name "${t.name}"`));
    if (Buffer.byteLength(p.id + LONGEST_SUFFIX) > MAX_FILE_BYTES)
      problems.push(
        diagnostic(
          "EH778",
          `${where}: the name is too long for a file name (${p.id.length} characters as an id)`,
        ),
      );
    else if (existsSync(p.path))
      problems.push(
        diagnostic("EH772", `${relative(project.root, p.path)} exists; nothing was imported`, {
          trigger: p.id,
        }),
      );
  });
  if (problems.length) throw new EhtrigError(problems);
}

/** Names of the project's triggers, to their files. */
function existingNames(project: Project): Map<string, string> {
  const names = new Map<string, string>();
  if (!existsSync(project.triggersDir)) return names;
  for (const s of discover(project)) {
    const name = readMetadata(readFileSync(s.path, "utf8"), s.file, s.id).metadata?.name;
    if (name) names.set(name, s.file);
  }
  return names;
}

function scriptProblems(t: PlainTrigger, from: string): Diagnostic[] {
  const comments: Comment[] = [];
  try {
    parse(t.script, {
      ecmaVersion: "latest",
      sourceType: "script",
      allowReturnOutsideFunction: true,
      onComment: comments,
    });
  } catch (err) {
    const e = err as SyntaxError & { loc?: { line: number; column: number } };
    return [
      diagnostic("EH773", `${from}: trigger "${t.name}": ${e.message}`, {
        location: e.loc ? { file: from, line: e.loc.line, column: e.loc.column + 1 } : undefined,
      }),
    ];
  }
  const at = htmlComment(t.script, comments);
  if (at === undefined) return [];
  const before = t.script.slice(0, at);
  const line = before.split("\n").length;
  return [
    diagnostic(
      "EH779",
      `${from}: trigger "${t.name}" has an HTML-like comment (<!-- or -->) at line ${line}`,
      {
        location: { file: from, line, column: at - before.lastIndexOf("\n") },
      },
    ),
  ];
}

/**
 * Offset of an HTML-like comment (`<!--`, or `-->` at the start of a line). acorn accepts them in
 * scripts (Annex B) and reports them as line comments that start with the marker; in a module,
 * which is how the trigger is bundled, they are syntax errors.
 */
function htmlComment(script: string, comments: Comment[]): number | undefined {
  const html = comments.find(
    (c) => c.type === "Line" && (script.startsWith("<!--", c.start) || script.startsWith("-->", c.start)),
  );
  return html?.start;
}
