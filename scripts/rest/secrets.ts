/**
 * Secrets (API keys, OAuth2 client secrets, bearer tokens) come only from environment variables or
 * files, never from the command line, where other users can read them in the process list. Every
 * secret read here is remembered so that redact() can blank it out of any text ehtrig prints,
 * writes to a journal or puts in an error.
 */
import { readFileSync, statSync } from "node:fs";
import { diagnostic, EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";

const known = new Set<string>();

/** Shorter values are not registered: blanking "a" everywhere would garble output, not protect it. */
const MIN_SECRET_LENGTH = 4;

/** Encoded forms shorter than this are not registered: too likely to occur by chance. */
const MIN_ENCODED_LENGTH = 8;

/**
 * Remember a secret so that redact() hides it from now on, in every form an appliance or a proxy
 * might echo it: as is, percent-encoded, JSON-escaped, and base64 (standard and URL-safe). Base64
 * of a longer text (say, a whole `Authorization` header) holds the secret's encoding in one of three
 * alignments; the part of each that does not depend on the neighbouring bytes is registered.
 */
export function registerSecret(value: string): void {
  if (value.length < MIN_SECRET_LENGTH) return;
  known.add(value);
  const forms = [encodeURIComponent(value), JSON.stringify(value).slice(1, -1), ...base64Cores(value)];
  for (const form of forms) if (form.length >= MIN_ENCODED_LENGTH) known.add(form);
}

function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value);
  const cores: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    const text = Buffer.concat([Buffer.alloc(pad), bytes]).toString("base64");
    // Characters mixing padding bytes: none at 0, two at 1 (chars 0–1), three at 2 (chars 0–2).
    const start = [0, 2, 3][pad];
    // Characters of the last, partial group depend on what follows.
    const end = Math.floor((pad + bytes.length) / 3) * 4;
    const core = text.slice(start, end);
    cores.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return cores;
}

/** Credentials in header syntax are hidden even when their value was never registered. */
const CREDENTIAL_PATTERNS: RegExp[] = [
  /(apikey=)[^\s"',;]+/gi,
  /(Bearer\s+)[A-Za-z0-9\-._~+/=]+/g,
  /(Basic\s+)[A-Za-z0-9+/=]+/g,
  /("(?:access_token|client_secret|apikey|api_key|password)"\s*:\s*")[^"]*/gi,
  // URL userinfo (https://user:password@host): whatever it holds is a credential.
  /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+(?=@)/gi,
  // Command-line options that carry a credential (--api-key=…, --token=…), not the ones naming
  // where it is (--api-key-file=…, --api-key-env=…).
  /(--[a-z-]*(?:key|token|secret|password|passwd|credential)(?![a-z-]*-(?:file|env)=)[a-z-]*=)[^\s'"]+/gi,
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
 * never appears in a message. A key file others can read gets a warning (as ssh gives), pushed to
 * `warnings`; a value that cannot go into an HTTP header is refused, naming its source.
 */
export function readSecret(
  source: SecretSource,
  env: NodeJS.ProcessEnv,
  what: string,
  warnings: Diagnostic[] = [],
): string {
  let value: string | undefined;
  let from: string;
  if (source.env) {
    from = `environment variable ${source.env}`;
    value = env[source.env];
    if (value === undefined || value.trim() === "") {
      throw new EhtrigError([diagnostic("EH702", `${what}: environment variable ${source.env} is not set`)]);
    }
  } else if (source.file) {
    from = source.file;
    try {
      value = readFileSync(source.file, "utf8");
      const mode = statSync(source.file).mode & 0o777;
      if (mode & 0o077)
        warnings.push(
          diagnostic(
            "EH705",
            `${what}: ${source.file} is readable by group or others (mode ${mode.toString(8)})`,
            {
              severity: "warning",
            },
          ),
        );
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
  checkHeaderSafe(secret, what, from);
  return secret;
}

/** Visible ASCII only: anything else breaks the Authorization header (or smuggles another one). */
function checkHeaderSafe(secret: string, what: string, from: string): void {
  const bad = /[^\x21-\x7e]/.exec(secret);
  if (!bad) return;
  const line = secret.slice(0, bad.index).split("\n").length;
  const why =
    bad[0] === "\n" || bad[0] === "\r"
      ? `holds a line break (it continues on line ${line + 1}); a secret is one line`
      : `holds a character that cannot go into an HTTP header (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} at character ${bad.index + 1})`;
  throw new EhtrigError([diagnostic("EH706", `${what} in ${from} ${why}`)]);
}
