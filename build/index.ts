/** The compiler's public API, used by the CLI, the harness, deploy and the benchmarks. */
export {
  buildProject,
  type BuildOptions,
  type BuildResult,
  type BuiltTrigger,
  type Stage,
} from "./pipeline.ts";
export { BuildCache } from "./cache.ts";
export { readManifest, findEntry, type Manifest, type ManifestEntry } from "./manifest.ts";
export { loadProject, type Project, type ProjectConfig } from "./project/config.ts";
export { PositionMapper } from "./sourcemap.ts";
export type { Diagnostic, Location } from "./diagnostics.ts";

import { buildProject, type BuildResult } from "./pipeline.ts";
import type { Project } from "./project/config.ts";

/** Type-check and verify every trigger without writing anything. */
export function checkProject(project: Project, only?: readonly string[]): Promise<BuildResult> {
  return buildProject(project, { write: false, ...(only ? { only } : {}) });
}
