/**
 * The loop of docs/rest.md with the real command line: docs/samples/rest/sim-loop.sh line by line
 * (`npx ehtrig` is bin/ehtrig.js; port 8443 becomes a free one), `ehtrig sim` started as its own
 * process with docs/samples/rest/sim-targets.json pointing at a simulated ticket server.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { startTicketServer, type TicketServer } from "../../scripts/ticket-server/server.ts";
import { REPO, tempProject } from "../support/project.ts";
import { exampleSources, TICKET_TRIGGER } from "./ticket-loop-helpers.ts";

const BIN = join(REPO, "bin", "ehtrig.js");
const SAMPLES = join(REPO, "docs", "samples", "rest");

/** The sample's command lines, continuation lines joined. */
function commandLines(file: string): string[] {
  return readFileSync(join(SAMPLES, file), "utf8")
    .replace(/\\\n\s*/g, "")
    .split("\n")
    .filter(Boolean);
}

function sh(line: string, cwd: string): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["-c", line], { cwd, env: { ...process.env } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (status) => resolve({ status, out }));
  });
}

let stop: (() => Promise<void>) | undefined;
let tickets: TicketServer | undefined;
afterEach(async () => {
  await stop?.();
  await tickets?.close();
  stop = tickets = undefined;
});

it("docs/samples/rest/sim-loop.sh: sim with --targets, deploy, a detection, settle, sim logs", async () => {
  tickets = await startTicketServer();
  const p = tempProject(exampleSources(), JSON.parse(readFileSync(join(REPO, "ehtrig.config.json"), "utf8")));
  const targets = readFileSync(join(SAMPLES, "sim-targets.json"), "utf8").replace(
    '"port": 8080',
    `"port": ${new URL(tickets.url).port}`,
  );
  writeFileSync(join(p.root, "sim-targets.json"), targets);
  const [start, ...rest] = commandLines("sim-loop.sh").map((l) => l.replaceAll("npx ehtrig", `node ${BIN}`));

  const child = spawn("bash", ["-c", `exec ${start!.replace("--port 8443", "--port 0")}`], { cwd: p.root });
  const exited = new Promise<void>((done) => child.on("exit", () => done()));
  stop = () => {
    child.kill("SIGINT"); // it saves its state before it exits
    return exited;
  };
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const host = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${out}`)), 30_000);
    child.stdout.on("data", () => {
      const m = /simulated appliance on https:\/\/(127\.0\.0\.1:\d+)/.exec(out);
      if (m && out.includes("stop with Ctrl-C")) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  expect(out).toContain(`ODS targets:    ticket-server (http 127.0.0.1:${new URL(tickets.url).port})`);

  const results: string[] = [];
  for (const line of rest) {
    const r = await sh(line.replaceAll("127.0.0.1:8443", host), p.root);
    expect(r.status, `${line}\n${r.out}`).toBe(0);
    results.push(r.out);
  }
  // A fresh simulator holds detections 1..100.
  expect(JSON.parse(results[1]!)).toMatchObject({ id: 101, title: "Rare SSH Port", risk_score: 85 });
  expect(tickets.store.get("SEC-1")?.summary).toBe("ExtraHop Detection: 101: Rare SSH Port");
  expect(results[3]).toMatch(new RegExp(`^debug log of trigger \\d+ "${TICKET_TRIGGER}": 0 line\\(s\\)`));
});
