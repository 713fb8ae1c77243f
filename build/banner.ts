/**
 * The comment block at the top of every compiled trigger: what it is, where it came from and a
 * hash of the script below it, so a script pasted into the UI can be traced to its build.
 */
import { TOOLKIT_VERSION } from "./version.ts";
import { sha256 } from "./hash.ts";
import type { TriggerMetadata } from "./metadata/read.ts";

export interface Bannered {
  code: string;
  /** The map with its mappings shifted down by the banner's lines. */
  map: string;
  /** sha256 of the script body under the banner. */
  bodyHash: string;
}

const safe = (text: string): string => text.replace(/\*\//g, "*\\/").replace(/[\r\n]+/g, " ");

/** @param map the body's source map, parsed; it becomes the banner's (its mappings are shifted in place) */
export function addBanner(
  body: string,
  map: { mappings: string },
  metadata: TriggerMetadata,
  source: string,
): Bannered {
  const bodyHash = sha256(body);
  const lines = [
    "/*",
    ` * ExtraHop trigger: ${safe(metadata.name)}`,
    ` * Events: ${metadata.events.join(", ")}`,
    ` * Source: ${safe(source)}`,
    ` * Built by ehtrig ${TOOLKIT_VERSION}; content sha256:${bodyHash}`,
    " * Generated file: edit the TypeScript source and rebuild instead.",
    " */",
  ];
  map.mappings = ";".repeat(lines.length) + map.mappings;
  return {
    code: `${lines.join("\n")}\n${body.endsWith("\n") ? body : body + "\n"}`,
    map: JSON.stringify(map),
    bodyHash,
  };
}
