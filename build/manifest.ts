/** dist/manifest.json: what the build produced, read by the harness, bundle and deploy commands. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnostic, EhtrigError } from "./diagnostics.ts";
import type { TriggerMetadata } from "./metadata/read.ts";
import { TOOLKIT_VERSION } from "./version.ts";

export const MANIFEST_FILE = "manifest.json";

/** One built trigger: its metadata, where its source is and what was written for it. */
export interface ManifestEntry extends TriggerMetadata {
  id: string;
  /** Source path relative to the project root. */
  source: string;
  /** Script and map file names inside the output folder. */
  file: string;
  map: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  toolkit: string;
  triggers: ManifestEntry[];
}

export function emptyManifest(): Manifest {
  return { toolkit: TOOLKIT_VERSION, triggers: [] };
}

export function readManifest(outDir: string): Manifest {
  const file = join(outDir, MANIFEST_FILE);
  if (!existsSync(file)) {
    throw new EhtrigError([diagnostic("EH600", `no ${MANIFEST_FILE} in ${outDir}`)]);
  }
  // A hand-edited or truncated manifest is the user's to rebuild, not an ehtrig bug.
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new EhtrigError([
      diagnostic("EH600", `${file} is damaged (${(err as Error).message})`, {
        hint: "Run `ehtrig build` again to rewrite dist/.",
      }),
    ]);
  }
  const m = data as Partial<Manifest> | null;
  const entryOk = (t: unknown) =>
    !!t &&
    typeof t === "object" &&
    ["id", "file", "map"].every((k) => typeof (t as Record<string, unknown>)[k] === "string");
  if (!m || typeof m !== "object" || !Array.isArray(m.triggers) || !m.triggers.every(entryOk)) {
    throw new EhtrigError([
      diagnostic("EH600", `${file} is not an ehtrig build manifest`, {
        hint: "Run `ehtrig build` again to rewrite dist/.",
      }),
    ]);
  }
  return m as Manifest;
}

/** A file the build wrote, or EH600 naming it when it is gone. */
export function readBuiltFile(outDir: string, name: string): string {
  const file = join(outDir, name);
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    throw new EhtrigError([
      diagnostic("EH600", `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? "error"})`, {
        hint: "Run `ehtrig build` again: dist/ is missing a file the manifest lists.",
      }),
    ]);
  }
}

export function findEntry(manifest: Manifest, idOrName: string): ManifestEntry {
  const entry = manifest.triggers.find((t) => t.id === idOrName || t.name === idOrName);
  if (!entry) {
    const known = manifest.triggers.map((t) => t.id).join(", ") || "none";
    throw new EhtrigError([diagnostic("EH104", `no built trigger "${idOrName}" (built: ${known})`)]);
  }
  return entry;
}
