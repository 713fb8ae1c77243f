/**
 * Vitest global setup: compiles the project's triggers once before any test file runs, so the
 * harness always loads artifacts built from the current sources (never a stale dist/).
 */
import { buildProject, loadProject } from "../../build/index.ts";
import { formatDiagnostic } from "../../scripts/report.ts";

export default async function setup(): Promise<void> {
  const result = await buildProject(loadProject());
  if (!result.ok) {
    throw new Error(
      `the example triggers do not build:\n${result.diagnostics.map((d) => formatDiagnostic(d)).join("\n")}`,
    );
  }
}
