/**
 * `ehtrig tickets sync FILE` brings detections into the ticket id, status, assignee and resolution
 * their rows describe (one state per detection, journaled, retried, resumable); `ehtrig tickets settings` reads or changes ticket tracking.
 */
import { resolve } from "node:path";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import type { CliContext } from "../cli.ts";
import { printDiagnostics, printJson } from "../report.ts";
import type { ApplianceChoice } from "../rest/appliances.ts";
import { foldRows, ticketsToLookUp } from "../tickets/fold.ts";
import { DEFAULT_JOURNAL, Journal } from "../tickets/journal.ts";
import { readRowFile } from "../tickets/read-rows.ts";
import { changeTicketing, readTicketing } from "../tickets/settings.ts";
import { syncTickets, type SyncSummary } from "../tickets/sync.ts";
import { findTicketHolders } from "../tickets/ticket-holders.ts";
import type { TicketingSettings } from "../tickets/ticketing-fields.ts";
import { validateRows } from "../tickets/validate-rows.ts";
import { printDryRun, printSummary } from "./tickets-output.ts";
import { addApplianceOptions, connect, projectIfAny } from "./appliance-options.ts";

interface SyncOpts extends ApplianceChoice {
  dryRun?: boolean;
  json?: boolean;
  concurrency: string;
  journal?: string;
}

export const DEFAULT_CONCURRENCY = 8;

export function register(program: Command, ctx: CliContext): void {
  const tickets = program.command("tickets").description("write ticket information back to detections");

  addApplianceOptions(
    tickets
      .command("sync")
      .description(
        "send {detection_id, ticket_id, status, assignee, resolution} rows (CSV, JSON, JSON Lines)",
      )
      .argument("<file>", "input rows")
      .option("--dry-run", "validate and print the requests, send nothing")
      .option("--concurrency <n>", "requests in flight", String(DEFAULT_CONCURRENCY))
      .option("--journal <file>", `journal of confirmed detection states (default ${DEFAULT_JOURNAL})`)
      .option("--json", "print the result as JSON"),
  ).action(async (file: string, opts: SyncOpts) => {
    const io = ctx.io;
    const concurrency = Number(opts.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
      throw new EhtrigError([diagnostic("EH602", `--concurrency must be a whole number from 1 to 256`)], 2);
    }
    const path = resolve(io.cwd, file);
    const { rows, format } = readRowFile(path, file);
    const { updates, problems } = validateRows(rows, file);
    if (problems.length) {
      if (opts.json) printJson(io, { ok: false, diagnostics: problems });
      else {
        printDiagnostics(io, problems);
        io.err(`${problems.length} of ${rows.length} row(s) invalid; nothing was sent`);
      }
      ctx.exitCode = 1;
      return;
    }
    if (opts.dryRun) return printDryRun(io, updates, rows.length, format, opts.json);
    const { client, appliance } = connect(opts, io, projectIfAny(io.cwd), concurrency);
    const journal = await Journal.open(resolve(io.cwd, opts.journal ?? DEFAULT_JOURNAL));
    const bar =
      io.isTTY && !opts.json
        ? new SingleBar({ stream: process.stderr, hideCursor: true, clearOnComplete: true })
        : undefined;
    try {
      const ticketing = await readTicketing(client);
      if (!ticketing.enabled) {
        throw new EhtrigError([
          diagnostic(
            "EH732",
            `ticket tracking is disabled on ${appliance.name}; the appliance would drop ticket_id`,
          ),
        ]);
      }
      const tickets = ticketsToLookUp(updates);
      const { states, unmatched } = foldRows(updates, await findTicketHolders(client, tickets));
      bar?.start(states.length, 0);
      // Ctrl-C stops the run cleanly: the requests in flight are answered and journaled, so the
      // rerun resends none of them. A second Ctrl-C quits at once.
      const interrupt = new AbortController();
      const onSignal = () => {
        if (interrupt.signal.aborted) process.exit(130);
        interrupt.abort();
        bar?.stop();
        io.err("interrupted: waiting for the requests in flight (Ctrl-C again to quit at once)");
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      let summary: SyncSummary;
      try {
        summary = await syncTickets(states, unmatched, {
          client,
          journal,
          concurrency,
          signal: interrupt.signal,
          onProgress: (n) => bar?.update(n),
        });
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
      bar?.stop();
      printSummary(
        io,
        summary,
        { rows: rows.length, appliance: appliance.name, journal: journal.file },
        opts.json,
      );
      if (summary.failed.length) ctx.exitCode = 1;
      // 128 + SIGINT, as a shell reports a process stopped by Ctrl-C.
      if (summary.interrupted) ctx.exitCode = 130;
    } finally {
      bar?.stop();
      await journal.close();
      client.close();
    }
  });

  addApplianceOptions(
    tickets
      .command("settings")
      .description("show or change ticket tracking (GET/PATCH /extrahop/ticketing)")
      .option("--enable", "let external ticketing systems track detections through the REST API")
      .option("--disable", "turn ticket tracking by external systems off")
      .option(
        "--url-template <url>",
        "detection card link, with $ticket_id, e.g. https://jira.example.com/browse/$ticket_id ('' removes it)",
      )
      .option("--json", "print the settings as JSON"),
  ).action(
    async (
      opts: ApplianceChoice & { enable?: boolean; disable?: boolean; urlTemplate?: string; json?: boolean },
    ) => {
      const io = ctx.io;
      if (opts.enable && opts.disable)
        throw new EhtrigError([diagnostic("EH735", "give --enable or --disable, not both")], 2);
      const change: Partial<TicketingSettings> = {};
      if (opts.enable) change.enabled = true;
      if (opts.disable) change.enabled = false;
      // An empty template removes the detection card link.
      if (opts.urlTemplate !== undefined)
        change.urlTemplate = opts.urlTemplate.trim() === "" ? null : opts.urlTemplate;
      const { client, appliance } = connect(opts, io, projectIfAny(io.cwd));
      try {
        const settings = Object.keys(change).length
          ? await changeTicketing(client, change)
          : await readTicketing(client);
        if (opts.json) printJson(io, { appliance: appliance.name, ...settings });
        else {
          io.out(`ticket tracking on ${appliance.name}: ${settings.enabled ? "enabled" : "disabled"}`);
          io.out(`url template: ${settings.urlTemplate ?? "(none)"}`);
        }
      } finally {
        client.close();
      }
    },
  );
}
