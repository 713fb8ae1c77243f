/**
 * Turns HTTP answers and socket failures into diagnostics with a stable code, so that a 401, an
 * untrusted certificate or an unreachable host each read as one clear sentence instead of a stack
 * trace. Every message passes through redact() before it leaves this module.
 */
import { diagnostic, EhtrigError, type Code } from "../../build/diagnostics.ts";
import { redact } from "./secrets.ts";

/** A failed REST call; `status` is absent when no HTTP answer arrived. */
export class RestError extends EhtrigError {
  readonly status?: number;
  /** No connection could be made (refused, no route, no name, no answer): later calls will fare no better. */
  unreachable = false;
  constructor(code: Code, message: string, status?: number, hint?: string) {
    super([diagnostic(code, redact(message), hint ? { hint } : {})]);
    this.status = status;
  }
}

/** Failures that mean the appliance cannot be reached at all, unlike a reset of one connection. */
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ENOTFOUND",
  "EHTRIG_TIMEOUT",
]);

/** OpenSSL verification failures: the peer's certificate is not trusted, or not for this host. */
const TLS_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "CERT_SIGNATURE_FAILURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

export function isTlsError(code: string | undefined): boolean {
  return code !== undefined && TLS_CODES.has(code);
}

export function networkError(
  what: string,
  err: NodeJS.ErrnoException,
  attempts: number,
  caGiven = false,
): RestError {
  const code = err.code ?? "";
  if (isTlsError(code) && caGiven) {
    // "Pass --ca" would mislead someone who did: the CA they gave is the wrong one.
    return new RestError(
      "EH710",
      `${what}: TLS certificate not trusted by the given CA (${code}: ${err.message})`,
      undefined,
      "The appliance's certificate is not signed by the CA in --ca (or `ca`), has expired, or is not " +
        "for this host name; check which CA issued it.",
    );
  }
  if (isTlsError(code)) {
    return new RestError("EH710", `${what}: TLS certificate not trusted (${code}: ${err.message})`);
  }
  const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
  const error =
    code === "EHTRIG_TIMEOUT"
      ? new RestError("EH712", `${what}: no answer${tries} (${err.message})`)
      : new RestError("EH711", `${what}: connection failed${tries} (${code || err.message})`);
  error.unreachable = UNREACHABLE.has(code);
  return error;
}

const MAX_REASON = 300;

/** Redacted first, then cut: a cut made first could split a secret so that redact() misses it. */
export function shorten(text: string, max = MAX_REASON): string {
  const safe = redact(text);
  return safe.length > max ? safe.slice(0, max) + "…" : safe;
}

/** The appliance's own words, shortened: its error bodies are JSON {error|message|detail} or text. */
export function serverReason(text: string): string {
  let reason = text.trim();
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    const said = data.error_message ?? data.message ?? data.error ?? data.detail;
    if (typeof said === "string") reason = said;
  } catch {
    // not JSON: keep the text
  }
  return shorten(reason);
}

/** A success status we did not expect, or a body that is not JSON (say, a proxy's login page). */
export function unexpectedAnswer(
  what: string,
  expected: number[],
  status: number,
  type: string,
  text: string,
): RestError {
  const first = text.trim().split(/\r?\n/, 1)[0] ?? "";
  const shown = first ? `: ${shorten(first, 120)}` : "";
  return new RestError(
    "EH718",
    `${what}: expected ${expected.join(" or ")} (JSON or no body), got ${status} ${type || "no content type"}${shown}`,
    status,
    "Something other than the appliance answered (a proxy or login page?), or the firmware differs; nothing counts as confirmed.",
  );
}

export function statusError(what: string, status: number, text: string, attempts: number): RestError {
  const reason = serverReason(text);
  const said = reason ? `: ${reason}` : "";
  switch (status) {
    case 400:
    case 422:
      return new RestError("EH716", `${what}: rejected (${status})${said}`, status);
    case 401:
      return new RestError("EH713", `${what}: 401 Unauthorized${said}`, status);
    case 403:
      return new RestError("EH714", `${what}: 403 Forbidden${said}`, status);
    case 404:
      return new RestError("EH715", `${what}: 404 Not Found${said}`, status);
    default: {
      const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
      return new RestError("EH717", `${what}: HTTP ${status}${tries}${said}`, status);
    }
  }
}
