/**
 * Reads dist/manifest.json (the build contract) to find a trigger's artifact and settings.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";

export interface ManifestTrigger {
  id: string;
  name: string;
  events: string[];
  description?: string;
  debug: boolean;
  disabled?: boolean;
  hints?: Record<string, unknown>;
  source: string;
  file: string;
  map: string;
  bytes?: number;
  sha256?: string;
}

export interface Manifest {
  toolkit: string;
  triggers: ManifestTrigger[];
}

export const MANIFEST_FILE = "manifest.json";

export function readTriggerManifest(outDir: string): Manifest {
  const file = join(outDir, MANIFEST_FILE);
  if (!existsSync(file)) throw new EhtrigError([diagnostic("EH900", `no ${MANIFEST_FILE} in ${outDir}`)]);
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

/** A trigger by id (file stem) or by its display name. */
export function findTrigger(manifest: Manifest, idOrName: string, outDir: string): ManifestTrigger {
  const t =
    manifest.triggers.find((x) => x.id === idOrName) ?? manifest.triggers.find((x) => x.name === idOrName);
  if (!t)
    throw new EhtrigError([
      diagnostic(
        "EH901",
        `no trigger "${idOrName}" in ${join(outDir, MANIFEST_FILE)} (has: ${manifest.triggers.map((x) => x.id).join(", ") || "none"})`,
      ),
    ]);
  return t;
}
