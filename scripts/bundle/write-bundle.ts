/**
 * `ehtrig bundle`: dist/manifest.json and the built scripts → dist/bundle.json, ready for upload in
 * the UI or POST /bundles. Deterministic: the same build gives the same bytes. `.meta.created` is
 * SOURCE_DATE_EPOCH when set (the reproducible-builds convention), otherwise 0, unless a time is
 * given explicitly.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readManifest, type Project } from "../../build/index.ts";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { TOOLKIT_VERSION } from "../../build/version.ts";
import { toBundleTrigger, type Bundle } from "./format.ts";

export const BUNDLE_FILE = "bundle.json";

/** The Trigger API version the toolkit's types describe; written as `.meta.version`. */
export const TRIGGER_API_VERSION = "26.2.0";

export interface BundleOptions {
  /** Bundle name; default: the project folder's name. */
  name?: string;
  comment?: string;
  /** Epoch seconds; default SOURCE_DATE_EPOCH or 0. */
  created?: number;
  env?: NodeJS.ProcessEnv;
}

export function makeBundle(project: Project, opts: BundleOptions = {}): Bundle {
  if (!existsSync(join(project.outDir, "manifest.json"))) {
    throw new EhtrigError([diagnostic("EH770", `no build in ${project.outDir}`)]);
  }
  const manifest = readManifest(project.outDir);
  if (!manifest.triggers.length) throw new EhtrigError([diagnostic("EH770", "the build holds no triggers")]);
  const triggers = manifest.triggers.map((t) => {
    const file = join(project.outDir, t.file);
    const script = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    if (script === undefined || createHash("sha256").update(script).digest("hex") !== t.sha256) {
      throw new EhtrigError([
        diagnostic("EH770", `${t.file} is missing or differs from the manifest; rebuild`),
      ]);
    }
    return toBundleTrigger({ ...t, author: project.author, script });
  });
  const epoch = opts.env?.SOURCE_DATE_EPOCH;
  const created = opts.created ?? (epoch && /^\d+$/.test(epoch) ? Number(epoch) : 0);
  return {
    ".meta": {
      comment: opts.comment ?? `${triggers.length} trigger(s) built by ehtrig ${TOOLKIT_VERSION}`,
      created,
      name: opts.name ?? basename(project.root),
      version: TRIGGER_API_VERSION,
      version_min: "",
    },
    Trigger: triggers,
  };
}

export function writeBundle(project: Project, opts: BundleOptions = {}): { file: string; bundle: Bundle } {
  const bundle = makeBundle(project, opts);
  const file = join(project.outDir, BUNDLE_FILE);
  writeFileSync(file, JSON.stringify(bundle, null, 2) + "\n");
  return { file, bundle };
}
