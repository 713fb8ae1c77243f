/**
 * Secrets (API keys, OAuth2 client secrets, bearer tokens) come only from environment variables or
 * files, never from the command line, where other users can read them in the process list. Every
 * secret read here is remembered so that redact() can blank it out of any text ehtrig prints,
 * writes to a journal or puts in an error.
 */
import { readFileSync } from "node:fs";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";

const known = new Set<string>();

/** Shorter values are not registered: blanking "a" everywhere would garble output, not protect it. */
const MIN_SECRET_LENGTH = 4;

/** Remember a secret so that redact() hides it from now on. */
export function registerSecret(value: string): void {
  if (value.length >= MIN_SECRET_LENGTH) known.add(value);
}

/** Credentials in header syntax are hidden even when their value was never registered. */
const CREDENTIAL_PATTERNS: RegExp[] = [
  /(apikey=)[^\s"',;]+/gi,
  /(Bearer\s+)[A-Za-z0-9\-._~+/=]+/g,
  /(Basic\s+)[A-Za-z0-9+/=]+/g,
  /("(?:access_token|client_secret|apikey|api_key|password)"\s*:\s*")[^"]*/gi,
];

export const REDACTED = "[REDACTED]";

/** Hide every known secret and anything that looks like a credential. */
export function redact(text: string): string {
  let out = text;
  // Longest first, so a secret that contains another is hidden whole.
  for (const s of [...known].sort((a, b) => b.length - a.length)) out = out.split(s).join(REDACTED);
  for (const re of CREDENTIAL_PATTERNS) out = out.replace(re, `$1${REDACTED}`);
  return out;
}

export interface SecretSource {
  /** Name of an environment variable holding the secret. */
  env?: string;
  /** Path of a file holding the secret (surrounding whitespace is ignored). */
  file?: string;
}

/**
 * Read one secret. `what` names it in messages ("API key of appliance lab"); the value itself
 * never appears in a message.
 */
export function readSecret(source: SecretSource, env: NodeJS.ProcessEnv, what: string): string {
  let value: string | undefined;
  if (source.env) {
    value = env[source.env];
    if (value === undefined || value.trim() === "") {
      throw new EhtrigError([diagnostic("EH702", `${what}: environment variable ${source.env} is not set`)]);
    }
  } else if (source.file) {
    try {
      value = readFileSync(source.file, "utf8");
    } catch (err) {
      throw new EhtrigError([
        diagnostic("EH702", `${what}: cannot read ${source.file} (${(err as NodeJS.ErrnoException).code})`),
      ]);
    }
    if (value.trim() === "") throw new EhtrigError([diagnostic("EH702", `${what}: ${source.file} is empty`)]);
  } else {
    throw new EhtrigError([diagnostic("EH701", `${what}: no environment variable or file given`)]);
  }
  const secret = value.trim();
  registerSecret(secret);
  return secret;
}
