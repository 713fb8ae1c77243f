/**
 * A cached trigger as it is kept on disk: one file (written whole or not at all) of two JSON
 * lines. The first holds what a build needs to know the trigger is unchanged and to report it
 * (key, inputs, the hashes and size of its outputs, warnings, modules); the second holds its
 * script and map, about 97% of the bytes. A build that finds a trigger unchanged reads only the
 * first line: loading the 50 entries of the benchmark's project whole cost 2.5–4.8 ms and 2.5 MB
 * of strings for the collector on every rebuild, their first lines 0.3 ms. The script and map
 * are read when something asks for them (an output to put back, deploy, the test harness).
 */
import { readFileSync, readSync, rmSync } from "node:fs";
import { opened } from "./file-states.ts";
import { diagnostic, EhtrigError, type Diagnostic } from "./diagnostics.ts";
import { sha256 } from "./hash.ts";

/** sha256 of a trigger's script and of its map. */
export interface OutputHashes {
  code: string;
  map: string;
}

/** What the build reports of a script without reading it: its UTF-8 bytes and lines. */
export interface OutputSize {
  bytes: number;
  lines: number;
}

export function outputSize(code: string): OutputSize {
  let lines = 0;
  for (let at = code.indexOf("\n"); at >= 0; at = code.indexOf("\n", at + 1)) lines++;
  return { bytes: Buffer.byteLength(code), lines };
}

/** The first line of an entry. */
export interface EntryHead {
  /** Hash of toolkit version + metadata + entry path. */
  key: string;
  /** Every file the bundle read: path → content hash; null for a file that did not exist. */
  inputs: Record<string, string | null>;
  /** sha256 of code and map, to know an output file holds them without reading it (emit.ts). */
  hashes: OutputHashes;
  size: OutputSize;
  /** Warnings of the verifier, reported again with the cached output. */
  warnings: Diagnostic[];
  /** Module-cache keys of the lowered modules in the script (kept while the trigger is). */
  modules: string[];
}

export interface EntryOutputs {
  code: string;
  map: string;
}

export function encodeEntry(head: EntryHead, outputs: EntryOutputs): string {
  // (JSON.stringify writes no line breaks: each part is one line)
  return `${JSON.stringify(head)}\n${JSON.stringify({ code: outputs.code, map: outputs.map })}\n`;
}

/** The first line of the entry at path; undefined when there is none or it does not parse. */
export function readEntryHead(path: string): EntryHead | undefined {
  const text = readUntilNewline(path);
  if (text === undefined) return undefined;
  try {
    const head = JSON.parse(text) as EntryHead;
    return isHead(head) ? head : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The script and map of the entry whose first line was `head`. Another build may have replaced
 * the file since (or a disk error, or a hand, damaged it): what is read must hash to the head's
 * hashes. If not, the entry is removed, so that a build compiles the trigger again (buildProject
 * starts again at once when its own emit finds it: pipeline.ts).
 */
export function readEntryOutputs(path: string, head: EntryHead): EntryOutputs {
  let outputs: EntryOutputs | undefined;
  try {
    const text = readFileSync(path, "utf8");
    const second = text.slice(text.indexOf("\n") + 1);
    const parsed = JSON.parse(second) as EntryOutputs;
    if (
      typeof parsed.code === "string" &&
      typeof parsed.map === "string" &&
      sha256(parsed.code) === head.hashes.code &&
      sha256(parsed.map) === head.hashes.map
    )
      outputs = parsed;
  } catch {
    // unreadable or damaged: as a mismatch
  }
  if (outputs) return outputs;
  rmSync(path, { force: true });
  throw new EhtrigError(
    [diagnostic("EH604", `the build cache's entry ${path} changed while this build used it`)],
    2,
  );
}

function isHead(value: unknown): value is EntryHead {
  const h = value as EntryHead;
  return (
    !!h &&
    typeof h.key === "string" &&
    !!h.inputs &&
    typeof h.inputs === "object" &&
    !!h.hashes &&
    typeof h.hashes.code === "string" &&
    typeof h.hashes.map === "string" &&
    !!h.size &&
    typeof h.size.bytes === "number" &&
    typeof h.size.lines === "number" &&
    Array.isArray(h.warnings) &&
    Array.isArray(h.modules)
  );
}

/** Reads the file's text up to its first line break (the whole file when it has none). */
function readUntilNewline(path: string): string | undefined {
  return opened(path, (fd) => {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.allocUnsafe(16 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      const at = chunk.subarray(0, n).indexOf(10);
      if (at >= 0) {
        chunks.push(chunk.subarray(0, at));
        break;
      }
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString("utf8");
  });
}
