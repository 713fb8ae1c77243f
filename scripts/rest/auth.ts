/**
 * The Authorization header of each request. Self-managed sensors and consoles take a fixed API
 * key (`ExtraHop apikey=KEY`); RevealX 360 takes OAuth2 client credentials, exchanged at
 * /oauth2/token for a bearer token that is cached until shortly before it expires. The secrets
 * live only inside these closures and are registered with redact() by secrets.ts.
 */
import { registerSecret } from "./secrets.ts";

export type AuthSpec =
  { kind: "apikey"; apiKey: string } | { kind: "oauth2"; clientId: string; clientSecret: string };

export interface TokenAnswer {
  access_token: string;
  /** Seconds; absent means "use until the server says 401". */
  expires_in?: number;
}

/** Sends the token request; supplied by the client so that it shares TLS, retries and timeouts. */
export type TokenRequester = (basicCredentials: string) => Promise<TokenAnswer>;

export interface Auth {
  /** The Authorization header value for the next request. */
  header(): Promise<string>;
  /** After a 401: drop what is cached; true when asking again could help. */
  invalidate(): boolean;
}

/** Renew this long (at most a tenth of its life) before a token expires, so it never dies in flight. */
const EXPIRY_MARGIN_MS = 30_000;

export function createAuth(spec: AuthSpec, requestToken: TokenRequester, now = () => Date.now()): Auth {
  if (spec.kind === "apikey") {
    registerSecret(spec.apiKey);
    const value = `ExtraHop apikey=${spec.apiKey}`;
    return { header: async () => value, invalidate: () => false };
  }
  registerSecret(spec.clientSecret);
  const basic = Buffer.from(`${spec.clientId}:${spec.clientSecret}`).toString("base64");
  registerSecret(basic);
  let cached: { token: string; expiresAt: number } | undefined;
  // One token request at a time: sixteen concurrent first requests share a single exchange.
  let pending: Promise<string> | undefined;
  return {
    async header() {
      if (cached && now() < cached.expiresAt) return `Bearer ${cached.token}`;
      pending ??= requestToken(basic)
        .then((answer) => {
          registerSecret(answer.access_token);
          const ms = answer.expires_in === undefined ? Infinity : answer.expires_in * 1000;
          const life = ms - Math.min(EXPIRY_MARGIN_MS, ms / 10);
          cached = { token: answer.access_token, expiresAt: now() + Math.max(0, life) };
          return answer.access_token;
        })
        .finally(() => {
          pending = undefined;
        });
      return `Bearer ${await pending}`;
    },
    invalidate() {
      const had = cached !== undefined;
      cached = undefined;
      return had;
    },
  };
}
