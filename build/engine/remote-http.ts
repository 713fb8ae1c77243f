/**
 * Facts of the engine's Remote.HTTP (extrahop-api.md §3.1), shared by the compiler (literal
 * headers are checked at build time) and the simulated engine (which throws at run time).
 */

/** Headers a trigger may not set; they cause an error (case-insensitive). */
export const RESTRICTED_HTTP_HEADERS = [
  "Authorization",
  "Connection",
  "Proxy-Connection",
  "Content-Length",
  "X-Forwarded-For",
  "Transfer-Encoding",
] as const;

/** Methods `request(method, options)` accepts. */
export const HTTP_REQUEST_METHODS = [
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "TRACE",
  "OPTIONS",
  "CONNECT",
  "PATCH",
] as const;

const RESTRICTED = new Set<string>(RESTRICTED_HTTP_HEADERS.map((h) => h.toLowerCase()));

export function isRestrictedHeader(name: string): boolean {
  return RESTRICTED.has(name.toLowerCase());
}

/** The methods of an HTTP target that take an options object with headers. */
export const HTTP_TARGET_METHODS: ReadonlySet<string> = new Set([
  "get",
  "post",
  "put",
  "patch",
  "delete",
  "request",
]);
