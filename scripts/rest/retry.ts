/**
 * When to try a request again and how long to wait. Retries cover the answers that mean "not now"
 * (429, 502, 503, 504) and network failures; everything else is final. Waits grow exponentially
 * with full jitter, so many clients retrying together spread out, and a server's Retry-After wins
 * over our own guess (capped, so a confused server cannot park us for an hour).
 */

export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  attempts: number;
  /** First backoff step in milliseconds; step n waits up to baseDelayMs * 2^n. */
  baseDelayMs: number;
  /** Upper bound of any single wait, Retry-After included. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 250, maxDelayMs: 30_000 };

export const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** Network errors worth another try: the connection broke or never came up. */
const RETRYABLE_NETWORK = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ECONNABORTED",
  "EHTRIG_TIMEOUT",
]);

/** Errors that say the request never reached the server, so even a POST may be sent again. */
const NOT_SENT = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

export function isRetryableNetworkError(code: string | undefined, idempotent: boolean): boolean {
  if (!code) return false;
  return idempotent ? RETRYABLE_NETWORK.has(code) : NOT_SENT.has(code);
}

/**
 * A non-idempotent request (POST that creates something) is only repeated on 429, the one answer
 * that says the server did nothing.
 */
export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  return idempotent ? RETRYABLE_STATUS.has(status) : status === 429;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or garbled. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Milliseconds to wait before attempt number `attempt` (1 = the first retry). */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
