/**
 * Secrets and terminal safety (issue 9, items 9–11): no form of a secret reaches the output, and
 * nothing from an appliance, a bundle or a file name can drive the terminal.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { fixture, writeFile, type Fixture } from "./helpers.ts";

let f: Fixture | undefined;
let server: http.Server | undefined;
afterEach(async () => {
  await f?.done();
  f = undefined;
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = undefined;
});

/** A plain-http server on 127.0.0.1 that answers every request with `answer(authorization)`. */
async function echoServer(answer: (auth: string) => { status: number; type: string; body: string }) {
  server = http.createServer((req, res) => {
    const a = answer(String(req.headers.authorization ?? ""));
    res.writeHead(a.status, { "Content-Type": a.type });
    res.end(a.body);
  });
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", () => done()));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

async function cli(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()) {
  const io = memoryIo(cwd, env);
  const code = await main(args, io);
  return { code, text: io.stdout.join("\n") + "\n" + io.stderr.join("\n") };
}

/** Every 8-character window of the secret: none may appear in the output. */
function expectNoPiece(text: string, secret: string) {
  for (let i = 0; i + 8 <= secret.length; i++) expect(text).not.toContain(secret.slice(i, i + 8));
}

describe("secrets never leak", () => {
  it("item 9: a key echoed late in a long message is redacted before the message is cut", async () => {
    const key = `late-${randomBytes(24).toString("hex")}`;
    const host = await echoServer((auth) => ({
      status: 400,
      type: "text/plain",
      body: "x".repeat(275) + ` you sent ${auth.replace("ExtraHop apikey=", "")} and more`,
    }));
    for (const json of [[], ["--json"]]) {
      const r = await cli(["tickets", "settings", "--host", host, ...json], { EHTRIG_API_KEY: key });
      expect(r.code).toBe(1);
      expect(r.text).toContain("EH716");
      expectNoPiece(r.text, key);
    }
  });

  it("item 9: base64, percent-encoded and JSON-escaped echoes of the key are redacted", async () => {
    const key = `k+/"\\${randomBytes(16).toString("hex")}`;
    const host = await echoServer((auth) => ({
      status: 400,
      type: "application/json",
      body: JSON.stringify({
        error_message: [
          `b64 ${Buffer.from(auth).toString("base64")}`,
          `b64key ${Buffer.from(key).toString("base64")}`,
          `url ${encodeURIComponent(key)}`,
          `json ${JSON.stringify(key)}`,
        ].join(" "),
      }),
    }));
    const r = await cli(["tickets", "settings", "--host", host, "--json"], { EHTRIG_API_KEY: key });
    expect(r.code).toBe(1);
    const hex = key.slice(5);
    expectNoPiece(r.text, hex);
    expectNoPiece(r.text, Buffer.from(key).toString("base64").slice(4, -4));
    expectNoPiece(r.text, Buffer.from(`ExtraHop apikey=${key}`).toString("base64").slice(24, -4));
  });

  it("item 9: option values that look like credentials and URL passwords are never echoed", async () => {
    const unknown = await cli(["tickets", "settings", "--host", "h", "--api-key=LEAKME-0123456789"], {});
    expect(unknown.code).toBe(2);
    expect(unknown.text).toContain("--api-key");
    expect(unknown.text).not.toContain("LEAKME");
    for (const host of ["https://u:SECRETPW123@127.0.0.1:1", "https://u:SECRETPW123@bad host"]) {
      const r = await cli(["tickets", "settings", "--host", host], { EHTRIG_API_KEY: "key-12345678" });
      expect(r.code).not.toBe(0);
      expect(r.text).not.toContain("SECRETPW123");
    }
  });
});

describe("key files", () => {
  it("item 10: warns about a key file others can read, and names the file of a key with bad characters", async () => {
    f = await fixture({ seed: { detections: 1 } });
    const keyFile = writeFile(f.dir, "key.txt", f.sim.apiKey + "\n");
    chmodSync(keyFile, 0o644);
    const target = ["--host", f.sim.host, "--ca", f.caFile, "--api-key-file", keyFile];
    const open = await cli(["tickets", "settings", ...target], {}, f.dir);
    expect(open.code).toBe(0);
    expect(open.text).toContain("EH705");
    expect(open.text).toContain(`${keyFile} is readable by group or others (mode 644)`);
    chmodSync(keyFile, 0o600);
    const closed = await cli(["tickets", "settings", ...target], {}, f.dir);
    expect(closed.code).toBe(0);
    expect(closed.text).not.toContain("EH705");

    writeFileSync(keyFile, `${f.sim.apiKey}\nsecond-line\n`, { mode: 0o600 });
    const sent = f.sim.requests.length;
    const twoLines = await cli(["tickets", "settings", ...target], {}, f.dir);
    expect(twoLines.code).toBe(1);
    expect(twoLines.text).toContain("EH706");
    expect(twoLines.text).toContain(keyFile);
    expect(twoLines.text).toContain("line break");
    expect(twoLines.text).not.toContain("EH711");
    // Refused before any request.
    expect(f.sim.requests.length).toBe(sent);
  });
});

describe("terminal safety", () => {
  const hostile = "Evil\u001b]0;owned\u0007\u001b[31m red \u202Eexe.txt\u0085";
  const hasRaw = (text: string) =>
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text);

  it("item 11: a trigger name from the appliance is printed escaped by deploy", async () => {
    f = await fixture();
    const { addTrigger } = await import("../../scripts/sim/state.ts");
    addTrigger(f.sim.state, { name: hostile, author: "ehtrig-tests", events: ["HTTP_REQUEST"], script: "x" });
    const { tempProject, triggerSource } = await import("../support/project.ts");
    const p = tempProject(
      { "triggers/a.ts": triggerSource("A", ["HTTP_RESPONSE"], 'debug("a");') },
      {
        author: "ehtrig-tests",
        targets: {},
        appliances: { lab: { host: f.sim.host, apiKeyEnv: "EHTRIG_API_KEY", ca: join(f.dir, "sim-ca.pem") } },
      },
    );
    for (const json of [[], ["--json"]]) {
      const r = await cli(["deploy", "--to", "lab", ...json], f.env, p.root);
      expect(r.code, r.text).toBe(0);
      expect(r.text).toContain("Evil");
      expect(hasRaw(r.text)).toBe(false);
    }
    const human = await cli(["deploy", "--to", "lab"], f.env, p.root);
    expect(human.text).toContain("Evil\\u001b]0;owned\\u0007\\u001b[31m red \\u202eexe.txt\\u0085");
  });

  it("item 11: a file name is printed escaped by build, as plain text and in colour", async () => {
    const { tempProject } = await import("../support/project.ts");
    const p = tempProject({ [`triggers/x\u001b[2J\u202e.ts`]: "export {};" });
    for (const isTTY of [false, true]) {
      const io = { ...memoryIo(p.root), isTTY };
      expect(await main(["build"], io)).toBe(1);
      const text = io.stderr.join("\n");
      expect(text).toContain("triggers/x\\u001b[2J\\u202e.ts");
      expect(text).not.toContain("\u001b[2J");
      expect(text).not.toContain("\u202e");
    }
  });

  it("item 11: a bundle's names are printed escaped by import", async () => {
    const { tempProject } = await import("../support/project.ts");
    const p = tempProject({ "triggers/.keep": "" }, { author: "x", targets: {} });
    const bundle = {
      ".meta": { name: hostile, comment: "" },
      Trigger: [{ name: hostile, events: '["HTTP_REQUEST"]', hints: "{}", script: "debug(1);", author: "a" }],
    };
    writeFileSync(join(p.root, "b.json"), JSON.stringify(bundle));
    for (const json of [[], ["--json"]]) {
      const r = await cli(["import", "b.json", "--dry-run", ...json], {}, p.root);
      expect(r.code, r.text).toBe(0);
      expect(hasRaw(r.text)).toBe(false);
    }
  });
});
