/**
 * The last stages for one bundled trigger, whose modules arrive lowered to ES5 (modules/):
 * banner → verify.
 */
import { stageTimer } from "./timing.ts";
import { resolve } from "node:path";
import { addBanner } from "./banner.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { EventName } from "./engine/events.ts";
import type { TriggerMetadata } from "./metadata/read.ts";
import type { TargetType } from "./project/config.ts";
import { PositionMapper } from "./sourcemap.ts";
import type { SourceMapInput } from "@jridgewell/trace-mapping";
import { checkOutput } from "./verify/output.ts";

export interface CompileJob {
  id: string;
  /** Absolute project root and output folder (source-map paths are relative to it). */
  root: string;
  outDir: string;
  /** Absolute entry path, its root-relative path and its original text. */
  entryPath: string;
  entryFile: string;
  entryText: string;
  metadata: TriggerMetadata;
  /** The engine language level (build/engine/language.ts). */
  allowed: string[];
  /** Declared ODS targets, name → type. */
  targets: Record<string, TargetType>;
  bundleCode: string;
  bundleMap: string;
}

export type CompileStage = "verify";

export interface CompileResult {
  id: string;
  code?: string;
  map?: string;
  diagnostics: Diagnostic[];
  timings: Partial<Record<CompileStage, number>>;
}

export async function compileTrigger(job: CompileJob): Promise<CompileResult> {
  const timings: CompileResult["timings"] = {};
  const time = stageTimer(timings);
  const { id } = job;
  const done = (rest: Omit<CompileResult, "id" | "timings">): CompileResult => ({ id, timings, ...rest });

  // One parse of the map for both edits (it carries every module's source text).
  const map = restoreSource(job.bundleMap, job);
  const final = addBanner(job.bundleCode, map, job.metadata, job.entryFile);
  // The mapper takes that map as it is (shifted by the banner): no second parse.
  const mapper = new PositionMapper(map as SourceMapInput, job.outDir, job.root);
  const events = job.metadata.events as EventName[];
  const problems = await time("verify", () =>
    checkOutput({
      code: final.code,
      mapper,
      trigger: id,
      events,
      allowed: job.allowed,
      targets: job.targets,
    }),
  );
  if (problems.some((d) => d.severity === "error")) return done({ diagnostics: problems });
  return done({ code: final.code, map: final.map, diagnostics: problems });
}

/** The bundle saw the entry with its config blanked out; show the real source in the map. */
function restoreSource(map: string, job: CompileJob): { mappings: string } {
  const parsed = JSON.parse(map) as {
    mappings: string;
    sources: string[];
    sourcesContent?: (string | null)[];
    file?: string;
  };
  const i = parsed.sources.findIndex((src) => resolve(job.outDir, src) === job.entryPath);
  if (i >= 0 && parsed.sourcesContent) parsed.sourcesContent[i] = job.entryText;
  parsed.file = `${job.id}.js`;
  return parsed;
}
