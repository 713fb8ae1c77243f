/**
 * Diagnostics as GitHub Actions workflow commands (`::error file=…,line=…::message`), which the
 * Actions UI shows as annotations on the TypeScript lines of a pull request.
 */
import { join, relative } from "node:path";
import type { Diagnostic } from "../build/diagnostics.ts";

/** Escaping of workflow command data and properties, as the Actions runner reads them. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * @param root absolute project root; file paths are made relative to `workspace` (the checkout,
 *   GITHUB_WORKSPACE), so a project in a subfolder of the repository still annotates the right file
 */
export function githubAnnotation(d: Diagnostic, root: string, workspace: string = root): string {
  const props: string[] = [];
  if (d.location) {
    const file = relative(workspace, join(root, d.location.file)).split("\\").join("/");
    props.push(`file=${escapeProperty(file)}`, `line=${d.location.line}`, `col=${d.location.column}`);
  }
  props.push(`title=${escapeProperty(`${d.code}${d.trigger ? ` [${d.trigger}]` : ""}`)}`);
  const level = d.severity === "error" ? "error" : "warning";
  return `::${level} ${props.join(",")}::${escapeData(`${d.message}\nfix: ${d.hint}`)}`;
}
