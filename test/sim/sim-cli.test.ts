/** `ehtrig sim` as a real process: prints where its CA and key are, serves, and saves its state on SIGTERM. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";

const BIN = resolve(import.meta.dirname, "../../bin/ehtrig.js");
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe("ehtrig sim", () => {
  it("serves over HTTPS with its own CA, keeps the key out of its output, and saves state on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-simcli-"));
    dirs.push(dir);
    const child = spawn(
      process.execPath,
      [BIN, "sim", "--port", "0", "--dir", "sim", "--detections", "5", "--json"],
      {
        cwd: dir,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    child.stdout.on("data", (c) => (stdout += c));
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    const deadline = Date.now() + 30_000;
    while (!stdout.trim().endsWith("}") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const info = JSON.parse(stdout) as {
      host: string;
      caFile: string;
      apiKeyFile: string;
      stateFile: string;
    };
    const apiKey = readFileSync(info.apiKeyFile, "utf8").trim();
    expect(stdout).not.toContain(apiKey);

    writeFileSync(join(dir, "rows.csv"), "detection_id,ticket_id,status\n4,SEC-4,acknowledged\n");
    const io = memoryIo(dir, {});
    const code = await main(
      [
        "tickets",
        "sync",
        "rows.csv",
        "--host",
        info.host,
        "--ca",
        info.caFile,
        "--api-key-file",
        info.apiKeyFile,
      ],
      io,
    );
    expect(code, io.stderr.join("\n")).toBe(0);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const state = JSON.parse(readFileSync(info.stateFile, "utf8"));
    expect(state.detections["4"]).toMatchObject({ ticket_id: "SEC-4", status: "acknowledged" });
  }, 60_000);

  it("serves an OAuth2 client (--oauth-client) whose secret is written to a file, never printed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-simcli-"));
    dirs.push(dir);
    const child = spawn(
      process.execPath,
      [BIN, "sim", "--port", "0", "--dir", "sim", "--oauth-client", "rx-test", "--json"],
      { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    child.stdout.on("data", (c) => (stdout += c));
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    const deadline = Date.now() + 30_000;
    while (!stdout.trim().endsWith("}") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const info = JSON.parse(stdout) as { host: string; caFile: string; oauthClientSecretFile: string };
    expect(info).toMatchObject({ oauthClientId: "rx-test" });
    const secret = readFileSync(info.oauthClientSecretFile, "utf8").trim();
    expect(secret.length).toBeGreaterThanOrEqual(16);
    expect(stdout).not.toContain(secret);

    writeFileSync(
      join(dir, "ehtrig.config.json"),
      JSON.stringify({
        targets: {},
        appliances: {
          cloud: {
            host: info.host,
            auth: "oauth2",
            clientId: "rx-test",
            clientSecretFile: info.oauthClientSecretFile,
            ca: info.caFile,
          },
        },
      }),
    );
    const io = memoryIo(dir, {});
    const code = await main(["tickets", "settings", "--to", "cloud"], io);
    expect(code, io.stderr.join("\n")).toBe(0);
    expect(io.stdout.join("\n")).toContain("ticket tracking on cloud: enabled");

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);
});
