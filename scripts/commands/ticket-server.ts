/**
 * `ehtrig ticket-server`: the simulated Jira-like ticket server of the ticket-tracking demo.
 * `start` runs it until interrupted; the other subcommands do what a person does in Jira's UI
 * (list, assign, move through the workflow, comment) and export the issues as `tickets sync` rows.
 */
import { resolve } from "node:path";
import { compactTable } from "../terminal-table.ts";
import type { Command } from "commander";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { writeFileAtomic } from "../../build/write-atomic.ts";
import type { CliContext } from "../cli.ts";
import { printJson } from "../report.ts";
import { parseResolution, parseStatus, TicketClient } from "../ticket-server/client.ts";
import { RESOLUTIONS, WORKFLOW } from "../ticket-server/issues.ts";
import { startTicketServer } from "../ticket-server/server.ts";
import { parsePort, untilInterrupted } from "./long-running.ts";

const DEFAULT_TICKET_SERVER_PORT = 8080;
const URL_ENV = "EHTRIG_TICKET_SERVER";

export function register(program: Command, ctx: CliContext): void {
  const io = ctx.io;
  const cmd = program
    .command("ticket-server")
    .description("run and work the simulated Jira-like ticket server (HTTP on 127.0.0.1) of the demo");
  const client = (opts: { url?: string }) =>
    new TicketClient(opts.url ?? io.env[URL_ENV] ?? `http://127.0.0.1:${DEFAULT_TICKET_SERVER_PORT}`);
  const withUrl = (c: Command) =>
    c.option(
      "--url <url>",
      `the ticket server (default $${URL_ENV} or http://127.0.0.1:${DEFAULT_TICKET_SERVER_PORT})`,
    );

  cmd
    .command("start")
    .description("run the ticket server until Ctrl-C")
    .option("--port <n>", "port (0 picks a free one)", String(DEFAULT_TICKET_SERVER_PORT))
    .option("--project <key>", "project key of new issues", "SEC")
    .option("--json", "print the URL as JSON")
    .action(async (opts: { port: string; project: string; json?: boolean }) => {
      const port = parsePort(opts.port);
      if (!/^[A-Z][A-Z0-9]{0,9}$/.test(opts.project))
        throw new EhtrigError(
          [diagnostic("EH602", `--project ${opts.project}: use 1–10 capital letters and digits, e.g. SEC`)],
          2,
        );
      const server = await startTicketServer({ port, project: opts.project });
      if (opts.json) printJson(io, { url: server.url });
      else {
        io.out(`simulated ticket server on ${server.url}`);
        io.out(`  Open Data Stream target: host 127.0.0.1, port ${new URL(server.url).port}, protocol HTTP`);
        io.out(`  ticket links:            ${server.url}/browse/$ticket_id`);
        io.out("stop with Ctrl-C (issues live in memory only)");
      }
      await untilInterrupted();
      await server.close();
    });

  withUrl(cmd.command("list").description("list the issues").option("--json", "print JSON")).action(
    async (opts: { url?: string; json?: boolean }) => {
      const issues = await client(opts).list();
      if (opts.json) return printJson(io, issues);
      if (!issues.length) return io.out("no issues yet");
      const table = compactTable(["key", "status", "resolution", "assignee", "comments", "summary"]);
      for (const i of issues)
        table.push([i.key, i.status, i.resolution ?? "", i.assignee ?? "", i.comments, i.summary]);
      io.out(table.toString());
    },
  );

  withUrl(
    cmd
      .command("assign")
      .description("assign an issue ('-' unassigns it)")
      .argument("<key>", "issue key, e.g. SEC-1")
      .argument("<user>", "assignee"),
  ).action(async (key: string, user: string, opts: { url?: string }) => {
    await client(opts).assign(key, user === "-" ? null : user);
    io.out(user === "-" ? `${key} unassigned` : `${key} assigned to ${user}`);
  });

  withUrl(
    cmd
      .command("move")
      .description(`move an issue through the workflow (${WORKFLOW.join(" → ")})`)
      .argument("<key>", "issue key, e.g. SEC-1")
      .argument("<status>", "to do | in progress | done")
      .option("--resolution <name>", `with done: ${RESOLUTIONS.join(" | ")} (default Done)`),
  ).action(async (key: string, text: string, opts: { url?: string; resolution?: string }) => {
    const status = parseStatus(text);
    const resolution = opts.resolution === undefined ? undefined : parseResolution(opts.resolution);
    if (!status || (opts.resolution !== undefined && !resolution))
      throw new EhtrigError(
        [diagnostic("EH842", `unknown ${status ? `resolution "${opts.resolution}"` : `status "${text}"`}`)],
        2,
      );
    if (resolution && status !== "Done")
      throw new EhtrigError([diagnostic("EH842", "--resolution goes with the status done")], 2);
    await client(opts).move(key, status, resolution);
    io.out(`${key} is ${status}${status === "Done" ? ` (${resolution ?? "Done"})` : ""}`);
  });

  withUrl(
    cmd
      .command("comment")
      .description("comment on an issue")
      .argument("<key>", "issue key, e.g. SEC-1")
      .argument("<text>", "the comment"),
  ).action(async (key: string, text: string, opts: { url?: string }) => {
    await client(opts).comment(key, text);
    io.out(`commented on ${key}`);
  });

  withUrl(
    cmd
      .command("export")
      .description("export every issue that tracks a detection as `ehtrig tickets sync` rows (JSON)")
      .option("--form <form>", "api (API values) or ui (the UI's labels)", "api")
      .option("--out <file>", "write the rows here instead of printing them"),
  ).action(async (opts: { url?: string; form: string; out?: string }) => {
    if (opts.form !== "api" && opts.form !== "ui")
      throw new EhtrigError([diagnostic("EH602", `--form is api or ui, not "${opts.form}"`)], 2);
    const rows = await client(opts).export(opts.form);
    const text = JSON.stringify(rows, null, 2) + "\n";
    if (!opts.out) return io.out(text);
    // Whole or not at all: a sync never reads half an export.
    writeFileAtomic(resolve(io.cwd, opts.out), text);
    io.out(`${rows.length} row(s) written to ${opts.out}`);
  });
}
