/** How build and check results are shown: a size line per trigger, or every diagnostic. */
import pc from "picocolors";
import type { BuildResult, Project } from "../build/index.ts";
import type { CliContext } from "./cli.ts";
import { printDiagnostics, printJson } from "./report.ts";
import { githubAnnotation } from "./report-github.ts";
import { styled } from "./safe-io.ts";
import { printableValue } from "./terminal.ts";

/** How build and check print: for people, JSON, or GitHub Actions annotations. */
export type ReportFormat = "human" | "json" | "github";
export const REPORT_FORMATS: readonly ReportFormat[] = ["human", "json", "github"];

export function printBuildResult(
  ctx: CliContext,
  project: Project,
  result: BuildResult,
  opts: { format: ReportFormat; verb: "built" | "checked"; ms: number },
): void {
  const { io } = ctx;
  if (!result.ok) ctx.exitCode = 1;
  if (opts.format === "github") {
    for (const d of result.diagnostics)
      io.out(githubAnnotation(d, project.root, io.env.GITHUB_WORKSPACE || project.root));
    const n = result.triggers.length;
    io.out(
      result.ok
        ? `${opts.verb} ${n} trigger${n === 1 ? "" : "s"} in ${Math.round(opts.ms)} ms`
        : `${opts.verb === "built" ? "build failed: nothing was written" : "check failed"}`,
    );
    return;
  }
  if (opts.format === "json") {
    printJson(io, {
      ok: result.ok,
      triggers: result.triggers.map((t) => ({
        id: t.id,
        name: t.metadata.name,
        source: t.source,
        ...t.size,
        cached: t.cached,
      })),
      diagnostics: result.diagnostics,
    });
    return;
  }
  const c = io.isTTY ? pc : pc.createColors(false);
  // Coloured lines: the values in them (ids, paths) are escaped before the colours go in.
  const { out, err } = styled(io);
  if (result.ok) {
    const width = Math.max(0, ...result.triggers.map((t) => t.id.length));
    for (const t of result.triggers) {
      const kb = (t.size.bytes / 1024).toFixed(1).padStart(6);
      const where = printableValue(
        opts.verb === "built" ? `${project.config.outDir ?? "dist"}/${t.id}.js` : t.source,
      );
      out(
        `  ${printableValue(t.id).padEnd(width)}  ${kb} KB  ${c.dim(where)}${t.cached ? c.dim(" (cached)") : ""}`,
      );
    }
  }
  printDiagnostics(io, result.diagnostics);
  const n = result.triggers.length;
  if (result.ok) out(c.green(`${opts.verb} ${n} trigger${n === 1 ? "" : "s"} in ${Math.round(opts.ms)} ms`));
  else err(c.red(opts.verb === "built" ? "build failed: nothing was written" : "check failed"));
}
