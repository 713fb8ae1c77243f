/**
 * Stage 7: writes the verified scripts, their maps and the manifest. Called only when every
 * trigger passed, and every file is written to a temporary name and renamed into place, so
 * dist/ never holds a half-written file or a mix of old and new output for one trigger.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "./hash.ts";
import { removeLeftoverTemps, writeFileAtomic, writeIfChanged } from "./write-atomic.ts";
import { emptyManifest, MANIFEST_FILE, type Manifest, type ManifestEntry } from "./manifest.ts";
import type { TriggerMetadata } from "./metadata/read.ts";
import type { FileStates } from "./file-states.ts";
import type { OutputHashes, OutputSize } from "./trigger-entry.ts";

export interface Emittable {
  id: string;
  source: string;
  metadata: TriggerMetadata;
  code: string;
  map: string;
  /** sha256 of code and map, when known (a trigger from the cache). */
  hashes?: OutputHashes;
  /** The script's bytes and lines. */
  size: OutputSize;
}

function entryFor(t: Emittable): ManifestEntry {
  return {
    id: t.id,
    ...t.metadata,
    source: t.source,
    file: `${t.id}.js`,
    map: `${t.id}.js.map`,
    bytes: t.size.bytes,
    sha256: t.hashes?.code ?? sha256(t.code),
  };
}

/** The manifest in outDir and its text (to leave it alone when unchanged); empty when none is readable. */
function previousManifest(outDir: string): { manifest: Manifest; text?: string } {
  const file = join(outDir, MANIFEST_FILE);
  if (!existsSync(file)) return { manifest: emptyManifest() };
  let text: string | undefined;
  try {
    text = readFileSync(file, "utf8");
    return { manifest: JSON.parse(text) as Manifest, text };
  } catch {
    return { manifest: emptyManifest(), ...(text === undefined ? {} : { text }) };
  }
}

/**
 * @param all ids of every trigger in the project: manifest entries and outputs of triggers that
 *   no longer exist are removed; entries of triggers not rebuilt this time are kept.
 */
export function emit(
  outDir: string,
  triggers: Emittable[],
  all: ReadonlySet<string>,
  /** What earlier builds found written (watch mode): unchanged outputs are not read again. */
  written?: FileStates<string>,
  /**
   * The sha256 of what earlier builds found written (builds in processes of their own): outputs
   * of triggers whose hashes are known and unchanged since are not read again.
   */
  recorded?: FileStates<string>,
): Manifest {
  mkdirSync(outDir, { recursive: true });
  removeLeftoverTemps(outDir);
  const previous = previousManifest(outDir);
  const entries = new Map(previous.manifest.triggers.map((e) => [e.id, e]));
  // Outputs whose records show them unchanged are left alone. The texts of the others are taken
  // before anything is written: a trigger from the cache reads its script and map then, and a
  // damaged entry (EH604) stops the build with dist/ as it was.
  const outputs = triggers.flatMap((t) => {
    const path = join(outDir, `${t.id}.js`);
    const known = recorded && t.hashes;
    // (the map first: a script is never newer than the map beside it)
    return [
      { path: `${path}.map`, text: () => t.map, record: known && { states: recorded, hash: known.map } },
      { path, text: () => t.code, record: known && { states: recorded, hash: known.code } },
    ];
  });
  const pending = outputs.filter((o) => !(o.record && o.record.states.get(o.path) === o.record.hash));
  const texts = pending.map((o) => o.text());
  pending.forEach((o, i) => writeIfChanged(o.path, texts[i]!, written, o.record));
  for (const t of triggers) entries.set(t.id, entryFor(t));
  for (const [id, entry] of entries) {
    if (all.has(id)) continue;
    rmSync(join(outDir, entry.file), { force: true });
    rmSync(join(outDir, entry.map), { force: true });
    entries.delete(id);
  }
  const manifest: Manifest = {
    ...emptyManifest(),
    triggers: [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  const text = JSON.stringify(manifest, null, 2) + "\n";
  // (compared with the text read above, not read again)
  if (text !== previous.text) writeFileAtomic(join(outDir, MANIFEST_FILE), text);
  return manifest;
}
