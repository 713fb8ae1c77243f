/** `ehtrig sim` as a real process: prints where its CA and key are, serves, and saves its state on SIGTERM. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { startServerProcess } from "../support/server-process.ts";

/** The connection details `ehtrig sim --json` prints, once printed whole. */
const printedJson = (out: string) => out.trim().endsWith("}");
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe("ehtrig sim", () => {
  it("serves over HTTPS with its own CA, keeps the key out of its output, and saves state on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-simcli-"));
    dirs.push(dir);
    const sim = await startServerProcess(
      ["sim", "--port", "0", "--dir", "sim", "--detections", "5", "--json"],
      dir,
      printedJson,
    );
    const stdout = sim.stdout();
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

    sim.child.kill("SIGTERM");
    expect(await sim.exited).toBe(0);
    const state = JSON.parse(readFileSync(info.stateFile, "utf8"));
    expect(state.detections["4"]).toMatchObject({ ticket_id: "SEC-4", status: "acknowledged" });
  }, 60_000);

  it("serves an OAuth2 client (--oauth-client) whose secret is written to a file, never printed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-simcli-"));
    dirs.push(dir);
    const sim = await startServerProcess(
      ["sim", "--port", "0", "--dir", "sim", "--oauth-client", "rx-test", "--json"],
      dir,
      printedJson,
    );
    const stdout = sim.stdout();
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

    sim.child.kill("SIGTERM");
    expect(await sim.exited).toBe(0);
  }, 60_000);
});
