/**
 * docs/demo.md's "by hand" walk-through, followed word for word: the two server commands of
 * docs/samples/demo/servers.sh run as real processes (on free ports instead of 8443 and 8080),
 * then docs/samples/demo/by-hand.sh runs in bash in a copy of the example project, with
 * `npx ehtrig` standing for this repository's bin/ehtrig.js. The detection must end up with the
 * ticket the trigger opened, in the state the script gave it.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, writeTsconfig } from "../support/project.ts";
import { BIN, startServerProcess, stopServerProcess, type ServerProcess } from "../support/server-process.ts";

const SAMPLES = join(REPO, "docs", "samples", "demo");
const npx = (text: string) => text.replaceAll("npx ehtrig", `node ${BIN}`);

const servers: ServerProcess[] = [];
let work: string | undefined;
afterAll(async () => {
  // The servers save their state as they stop: wait for them before removing the folder.
  await Promise.all(servers.map(stopServerProcess));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Starts one line of servers.sh on a free port; resolves with the port it printed. */
async function startServer(line: string, cwd: string, printed: RegExp): Promise<number> {
  const command = npx(line.replace(/#.*$/, "")).replace(/--port \d+/, "--port 0");
  const server = await startServerProcess(command, cwd, (out) => printed.test(out));
  servers.push(server);
  return Number(printed.exec(server.stdout())![1]);
}

function runScript(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
  const child = spawn("bash", ["-c", `set -euo pipefail\n${script}`], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (c) => (out += c));
  child.stderr.on("data", (c) => (out += c));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, out })));
}

function getJson(url: string, ca: string, apiKey: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca, headers: { Authorization: `ExtraHop apikey=${apiKey}` } }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve(JSON.parse(text)));
      })
      .on("error", reject);
  });
}

describe("docs/demo.md by hand", () => {
  it("the walk-through's commands, run as written, open a ticket and write it back onto the detection", async () => {
    work = mkdtempSync(join(tmpdir(), "ehtrig-by-hand-"));
    cpSync(join(REPO, "triggers"), join(work, "triggers"), { recursive: true });
    cpSync(join(REPO, "ehtrig.config.json"), join(work, "ehtrig.config.json"));
    writeTsconfig(work);

    const [simLine, ticketLine] = readFileSync(join(SAMPLES, "servers.sh"), "utf8").trim().split("\n");
    const simPort = await startServer(simLine!, work, /simulated appliance on https:\/\/127\.0\.0\.1:(\d+)/);
    const ticketPort = await startServer(
      ticketLine!,
      work,
      /simulated ticket server on http:\/\/127\.0\.0\.1:(\d+)/,
    );

    const script = npx(readFileSync(join(SAMPLES, "by-hand.sh"), "utf8"))
      .replaceAll("8443", String(simPort))
      .replaceAll("8080", String(ticketPort));
    // The ticket-server commands find the server at 8080 by default; here it is elsewhere.
    const { code, out } = await runScript(script, work, {
      EHTRIG_TICKET_SERVER: `http://127.0.0.1:${ticketPort}`,
    });
    expect(code, out).toBe(0);
    expect(out).toContain("SEC-1");
    // sim logs, by the project's id of the trigger: its debug log (nothing went wrong, so empty).
    expect(out).toMatch(
      /debug log of trigger \d+ "Ticket tracking: open Jira issues for detections": 0 line\(s\)/,
    );

    const ca = readFileSync(join(work, ".ehtrig", "sim", "ca.pem"), "utf8");
    const apiKey = readFileSync(join(work, ".ehtrig", "sim", "api-key"), "utf8").trim();
    const detection = await getJson(`https://127.0.0.1:${simPort}/api/v1/detections/1`, ca, apiKey);
    expect(detection).toMatchObject({
      id: 1,
      title: "DNS Tunnel",
      ticket_id: "SEC-1",
      assignee: "alice",
      status: "closed",
      resolution: "no_action_taken",
    });
  });
});
