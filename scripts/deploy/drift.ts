/**
 * Drift: a managed trigger whose script on the appliance is not, byte for byte, a script ehtrig
 * built. Every built script starts with a banner carrying the sha256 of the body below it
 * (build/banner.ts), so an edit in the UI (a hot fix), or a script ehtrig never wrote, shows
 * without any local record of past deploys. Deploy does not overwrite such a script without
 * --force, and shows what it would lose.
 */
import { sha256 } from "../../build/hash.ts";

const BANNER =
  /^\/\*\n(?: \*.*\n)*? \* Built by ehtrig [^\n;]*; content sha256:([0-9a-f]{64})\n(?: \*.*\n)*? \*\/\n/;

/** The sha256 a script's ehtrig banner names, or undefined when it has no such banner. */
export function bannerHash(script: string): string | undefined {
  return BANNER.exec(script)?.[1];
}

/** True when the script is exactly what an ehtrig build wrote. */
export function isBuiltByEhtrig(script: string): boolean {
  const m = BANNER.exec(script);
  if (!m) return false;
  const body = script.slice(m[0].length);
  // The banner's hash is of the body as built; a newline may have been added after it.
  return sha256(body) === m[1] || (body.endsWith("\n") && sha256(body.slice(0, -1)) === m[1]);
}
