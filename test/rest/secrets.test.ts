import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EhtrigError } from "../../build/diagnostics.ts";
import { createClient } from "../../scripts/rest/client.ts";
import { readSecret, redact, registerSecret } from "../../scripts/rest/secrets.ts";
import { fixture, writeFile, type Fixture } from "./helpers.ts";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { tempProject, triggerSource } from "../support/project.ts";

let f: Fixture | undefined;
afterEach(async () => {
  await f?.done();
  f = undefined;
});

/** Every file under dir, as text. */
function allFiles(dir: string): string {
  let text = "";
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    text += statSync(path).isDirectory() ? allFiles(path) : readFileSync(path, "utf8");
  }
  return text;
}

describe("secrets", () => {
  it("reads secrets from env vars or files only, naming the source but never the value", () => {
    expect(readSecret({ env: "K" }, { K: " abc-123-key \n" }, "API key")).toBe("abc-123-key");
    const err = (() => {
      try {
        readSecret({ env: "MISSING" }, {}, "API key of appliance lab");
      } catch (e) {
        return e as EhtrigError;
      }
    })();
    expect(err?.diagnostics[0]).toMatchObject({
      code: "EH702",
      message: "API key of appliance lab: environment variable MISSING is not set",
    });
    expect(() => readSecret({ file: "/nonexistent/key" }, {}, "API key")).toThrow(/EH702/);
  });

  it("redacts registered secrets and anything in credential syntax", () => {
    registerSecret("tok-ABCDEFGH");
    expect(redact("x tok-ABCDEFGH y")).toBe("x [REDACTED] y");
    expect(redact("Authorization: ExtraHop apikey=zzz999")).toBe("Authorization: ExtraHop apikey=[REDACTED]");
    expect(redact("Bearer eyJhbGciOi.x.y")).toBe("Bearer [REDACTED]");
    expect(redact('{"access_token":"abc","expires_in":3}')).toBe(
      '{"access_token":"[REDACTED]","expires_in":3}',
    );
  });

  it("keeps a key out of errors even when the server echoes it", async () => {
    const apiKey = `echo-${randomBytes(8).toString("hex")}`;
    const server = http.createServer((req, res) => {
      res.writeHead(400, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error_message: `bad header ${req.headers.authorization}` }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const c = createClient({
      host: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      auth: { kind: "apikey", apiKey },
    });
    const err = (await c.request("GET", "/x").catch((e) => e)) as EhtrigError;
    c.close();
    server.close();
    expect(err.diagnostics[0].code).toBe("EH716");
    expect(err.message).toContain("bad header ExtraHop apikey=[REDACTED]");
    expect(err.message).not.toContain(apiKey);
  });

  it("the API key never appears in any output, journal or file, whatever happens", async () => {
    const apiKey = `EHK-${randomBytes(12).toString("hex")}`;
    f = await fixture({
      apiKey,
      seed: { detections: 20 },
      faults: { rate: 0.2, kinds: ["503", "reset", "429"], seed: 9 },
    });
    const env = { EHTRIG_API_KEY: apiKey, EHTRIG_DEBUG: "1" };
    writeFile(f.dir, "rows.csv", "detection_id,ticket_id,status\n1,T1,closed\n2,T2,new\n404,T3,closed\n");
    writeFile(f.dir, "bad.csv", "detection_id,status\n1,bogus\n");
    const outputs = [
      await f.cli(["tickets", "sync", "rows.csv", ...f.target], env),
      await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--json"], env),
      await f.cli(["tickets", "sync", "rows.csv", "--dry-run", ...f.target], env),
      await f.cli(["tickets", "sync", "bad.csv", ...f.target], env),
      await f.cli(["tickets", "settings", ...f.target, "--json"], env),
      await f.cli(["tickets", "settings", "--host", f.sim.host], env), // untrusted certificate
      await f.cli(["tickets", "settings", ...f.target], { EHTRIG_API_KEY: `${apiKey}-wrong` }),
      await f.cli(["tickets", "settings", ...f.target, "--api-key", apiKey], env), // refused: argv
    ];
    expect(outputs[7].code).toBe(2);
    const text = outputs.map((o) => o.stdout + o.stderr).join("\n") + allFiles(f.dir);
    expect(text).toContain("401 Unauthorized"); // the failures did happen…
    expect(text).toContain("EH710");
    expect(text).not.toContain(apiKey); // …without showing the key
  });

  it("the API key file and OAuth2 secret stay out of deploy output", async () => {
    const secret = `oauth-${randomBytes(12).toString("hex")}`;
    const { startSimulatedAppliance } = await import("../../scripts/sim/index.ts");
    const sim = await startSimulatedAppliance({ oauthClients: { "rx-client": secret } });
    try {
      const p = tempProject(
        { "triggers/a.ts": triggerSource("A", ["HTTP_REQUEST"], "debug(HTTP.uri);") },
        {
          targets: {},
          appliances: {
            cloud: {
              host: sim.url,
              auth: "oauth2",
              clientId: "rx-client",
              clientSecretFile: "secret.txt",
              ca: "ca.pem",
            },
          },
        },
      );
      writeFileSync(join(p.root, "secret.txt"), secret + "\n");
      writeFileSync(join(p.root, "ca.pem"), sim.caPem);
      const io = memoryIo(p.root, { EHTRIG_DEBUG: "1" });
      expect(await main(["deploy", "--to", "cloud"], io)).toBe(0);
      const shown = io.stdout.join("\n") + io.stderr.join("\n");
      expect(shown).toContain("1 created");
      expect(shown).not.toContain(secret);
      expect(sim.state.triggers[0].script).not.toContain(secret);
    } finally {
      await sim.close();
    }
  }, 60_000);
});
