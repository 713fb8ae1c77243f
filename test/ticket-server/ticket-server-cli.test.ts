/**
 * `ehtrig ticket-server`: the subcommands work a real ticket server over HTTP as a person works
 * Jira (assign, move, comment, list), export rows that `tickets sync` reads, and fail with codes
 * and exit statuses when the server is away or the input is wrong. `start` runs as a real process.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { readRowFile } from "../../scripts/tickets/read-rows.ts";
import { validateRows } from "../../scripts/tickets/validate-rows.ts";
import { startTicketServer, type TicketServer } from "../../scripts/ticket-server/server.ts";
import { startServerProcess } from "../support/server-process.ts";

let server: TicketServer;
let dir: string;

beforeAll(async () => {
  server = await startTicketServer();
  dir = mkdtempSync(join(tmpdir(), "ehtrig-tscli-"));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const io = memoryIo(dir, {});
  const code = await main(["ticket-server", ...args, "--url", server.url], io);
  return { code, out: io.stdout.join(""), err: io.stderr.join("") };
}

describe("ehtrig ticket-server", () => {
  it("assigns, moves, comments and lists issues as the REST surface stores them", async () => {
    const a = server.store.create({ summary: "ExtraHop Detection: 7: Port scan" });
    const b = server.store.create({ summary: "ExtraHop Detection: 9: Data exfiltration" });
    expect((await run("assign", a.key, "sally")).code).toBe(0);
    expect((await run("move", a.key, "in progress")).code).toBe(0);
    expect((await run("move", b.key, "done", "--resolution", "won't do")).code).toBe(0);
    expect((await run("comment", b.key, "false positive: scanner")).code).toBe(0);
    expect(a).toMatchObject({ assignee: "sally", status: "In Progress", resolution: null });
    expect(b).toMatchObject({
      status: "Done",
      resolution: "Won't Do",
      comments: ["false positive: scanner"],
    });
    expect((await run("assign", a.key, "-")).code).toBe(0);
    expect(a.assignee).toBeNull();

    const listed = await run("list", "--json");
    expect(JSON.parse(listed.out)).toEqual([
      expect.objectContaining({ key: a.key, status: "In Progress", assignee: null, comments: 0 }),
      expect.objectContaining({ key: b.key, status: "Done", resolution: "Won't Do", comments: 1 }),
    ]);
    const table = (await run("list")).out;
    expect(table).toContain(a.key);
    expect(table).toContain("Port scan");
  });

  it("exports rows that tickets sync's reader and validator accept, written whole", async () => {
    const out = join(dir, "tickets.json");
    expect((await run("export", "--form", "ui", "--out", out)).code).toBe(0);
    const { rows } = readRowFile(out);
    const { updates, problems } = validateRows(rows, "tickets.json");
    expect(problems).toEqual([]);
    expect(updates.map((u) => u.detectionId)).toEqual([7, 9]);
    expect(JSON.parse(readFileSync(out, "utf8"))[1]).toMatchObject({
      status: "Closed",
      resolution: "No Action Taken",
    });
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("serves each issue as a page at /browse/{key}, the detection card's link", async () => {
    const issue = server.store.create({ summary: "ExtraHop Detection: 11: <script>alert(1)</script>" });
    const res = await fetch(`${server.url}/browse/${issue.key}`);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain(`${issue.key}: ExtraHop Detection: 11:`);
    expect(html).not.toContain("<script>");
    expect((await fetch(`${server.url}/browse/SEC-999`)).status).toBe(404);
  });

  it("refuses unknown statuses and resolutions as usage errors (exit 2) and unknown issues with EH841", async () => {
    const bad = await run("move", "SEC-1", "closed-ish");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("EH842");
    const res = await run("move", "SEC-1", "in progress", "--resolution", "Done");
    expect(res.code).toBe(2);
    const missing = await run("assign", "SEC-404", "sally");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("EH841");
    expect(missing.err).toContain("Issue does not exist");
  });

  it("says no ticket server answers (EH840) when none runs at the address", async () => {
    const gone = await startTicketServer();
    const url = gone.url;
    await gone.close();
    const io = memoryIo(dir, {});
    expect(await main(["ticket-server", "list", "--url", url], io)).toBe(1);
    expect(io.stderr.join("")).toContain("EH840");
    expect(io.stderr.join("")).toContain("ECONNREFUSED");
  });

  it("start runs a server a client can use, and stops on SIGTERM", async () => {
    const server = await startServerProcess(["ticket-server", "start", "--port", "0", "--json"], dir, (out) =>
      out.trim().endsWith("}"),
    );
    const stdout = server.stdout();
    const { url } = JSON.parse(stdout) as { url: string };
    const created = await fetch(`${url}/rest/api/issue`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ fields: { summary: "ExtraHop Detection: 1: Test" } }),
    });
    expect(await created.json()).toMatchObject({ key: "SEC-1" });
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });
});
