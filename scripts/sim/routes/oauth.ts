/**
 * /oauth2/token, the RevealX 360 client-credentials exchange: Basic base64(id:secret) and a form
 * body grant_type=client_credentials give a bearer token that lives `tokenLifetime` seconds.
 */
import { randomBytes } from "node:crypto";
import { reply, type Route } from "../route.ts";

export interface OAuthClients {
  clients: Map<string, string>;
  /** Issued token → expiry (ms epoch). */
  tokens: Map<string, number>;
  tokenLifetime: number;
}

export function oauthRoutes(oauth: OAuthClients): Route[] {
  return [
    {
      method: "POST",
      pattern: /^\/oauth2\/token$/,
      auth: false,
      handle(req) {
        const header = String(req.headers.authorization ?? "");
        const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
        const [id, secret] = m ? Buffer.from(m[1], "base64").toString("utf8").split(/:(.*)/s) : [];
        if (!id || oauth.clients.get(id) !== secret) return reply(401, { error: "invalid_client" });
        const form = (req.body ?? {}) as Record<string, string>;
        if (form.grant_type !== "client_credentials") return reply(400, { error: "unsupported_grant_type" });
        const token = randomBytes(24).toString("base64url");
        oauth.tokens.set(token, Date.now() + oauth.tokenLifetime * 1000);
        return reply(200, { access_token: token, token_type: "bearer", expires_in: oauth.tokenLifetime });
      },
    },
  ];
}
