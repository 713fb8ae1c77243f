/**
 * The ticket-tracking loop of ExtraHop's guide, played on one machine: a simulated appliance
 * runs the example triggers, a simulated Jira-like server takes their tickets, analysts work the
 * tickets, and `ehtrig tickets sync` writes them back onto the detections. Every appliance step
 * is the real `ehtrig` command a user runs against a real appliance (deploy, tickets settings,
 * tickets sync); only raising detections and configuring the ODS target use the simulator's own
 * API. Everything listens on 127.0.0.1 and is gone when runDemo returns, even when it fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { main } from "../cli.ts";
import { memoryIo } from "../io.ts";
import type { FaultOptions } from "../sim/faults.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../sim/index.ts";
import { TicketClient } from "../ticket-server/client.ts";
import { detectionOf } from "../ticket-server/export.ts";
import { startTicketServer, type TicketServer } from "../ticket-server/server.ts";
import { DETECTIONS, ESCALATION, TRIAGE } from "./story.ts";

export interface DemoDetection {
  id: number;
  title: string;
  ticket_id: string | null;
  status: string | null;
  assignee: string | null;
  resolution: string | null;
}

export interface DemoTicket {
  key: string;
  detection_id: number | null;
  status: string;
  assignee: string | null;
}

export interface DemoResult {
  detections: DemoDetection[];
  tickets: DemoTicket[];
  /** The detection card's link, with $ticket_id. */
  urlTemplate: string;
  /** Risk score of each detection at the end, for the table. */
  risk: Record<number, number | null>;
  /** Comments on each ticket (the trigger's updates). */
  comments: Record<string, number>;
  /** Runs of `tickets sync` (a failed run is followed by a rerun that resumes from the journal). */
  syncRuns: number;
  /** Requests the appliance answered with an injected fault. */
  faults: number;
}

export interface DemoOptions {
  /** The example project (default: this repository). */
  root?: string;
  /** Told each step as it starts. */
  onStep?: (text: string) => void;
  /** Faults of the appliance during the second sync (the journal then resumes the run). */
  syncFaults?: FaultOptions;
  /** Aborting stops the servers and removes the temporary folder at once (Ctrl-C). */
  signal?: AbortSignal;
}

const KEY_ENV = "EHTRIG_DEMO_API_KEY";
const TICKET_TARGET = "ticket-server";
const TICKET_TRIGGER = "ticket-tracking";

export async function runDemo(opts: DemoOptions = {}): Promise<DemoResult> {
  const root = resolve(opts.root ?? join(import.meta.dirname, "../.."));
  const step = opts.onStep ?? (() => {});
  const tmp = mkdtempSync(join(tmpdir(), "ehtrig-demo-"));
  let appliance: SimulatedAppliance | undefined;
  let tickets: TicketServer | undefined;
  let cleaned: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaned ??= Promise.all([appliance?.close(), tickets?.close()]).then(() =>
      rmSync(tmp, { recursive: true, force: true }),
    ));
  opts.signal?.addEventListener("abort", () => void cleanUp(), { once: true });
  try {
    step("starting the simulated appliance and ticket server on 127.0.0.1");
    tickets = await startTicketServer();
    appliance = await startSimulatedAppliance({
      caFile: join(tmp, "ca.pem"),
      seed: { detections: 0, ticketingEnabled: false },
    });
    const sim = appliance;
    const jira = new TicketClient(tickets.url);
    const ehtrig = cli(root, sim, join(tmp, "ca.pem"));

    step("building and deploying the example triggers (ehtrig deploy)");
    await ehtrig(["deploy"]);

    step(`configuring the HTTP Open Data Stream target "${TICKET_TARGET}" and ticket tracking`);
    const port = Number(new URL(tickets.url).port);
    sim.setOdsTargets([{ name: TICKET_TARGET, type: "http", host: "127.0.0.1", port, protocol: "http" }]);
    const urlTemplate = `${tickets.url}/browse/$ticket_id`;
    await ehtrig(["tickets", "settings", "--enable", "--url-template", urlTemplate]);

    step(`raising ${DETECTIONS.length} detections; the trigger opens a ticket for each`);
    const ids: number[] = [];
    for (const d of DETECTIONS) ids.push(sim.createDetection(d).id);
    await sim.settle();
    const opened = (await jira.list()).length;
    if (opened !== ids.length)
      throw storyBroke(`the ticket trigger opened ${opened} of ${ids.length} tickets`);

    step("writing the ticket ids back onto the detections (ehtrig tickets sync)");
    const journal = join(tmp, "journal");
    await sync(ehtrig, jira, join(tmp, "export-1.json"), "api", journal);

    const escalated = ids[ESCALATION.detection - 1]!;
    step(`detection ${escalated} gets worse; the trigger comments on its ticket`);
    sim.updateDetection(escalated, ESCALATION.change);
    await sim.settle();

    step("analysts assign, work and close tickets");
    const keyOf = new Map(Object.values(sim.state.detections).map((d) => [d.id, d.ticket_id]));
    for (const t of TRIAGE) {
      const key = keyOf.get(ids[t.detection - 1]!);
      if (!key) throw storyBroke(`detection ${ids[t.detection - 1]} has no ticket id after the sync`);
      await jira.assign(key, t.assignee);
      await jira.move(key, t.status, t.resolution);
    }

    step("syncing the tickets' state back (ehtrig tickets sync, from the UI-labelled export)");
    if (opts.syncFaults) sim.setFaults(opts.syncFaults);
    const exportFile = join(tmp, "export-2.json");
    let syncRuns = 2;
    const first = await sync(ehtrig, jira, exportFile, "ui", journal, { allowFailure: !!opts.syncFaults });
    if (first !== 0) {
      syncRuns++;
      // What a user does after a failed run: run it again; the journal skips what was confirmed.
      sim.setFaults(undefined);
      step("the appliance failed some requests; rerunning the sync resumes from its journal");
      await ehtrig(["tickets", "sync", exportFile, "--journal", journal]);
    }
    sim.setFaults(undefined);
    const faults = sim.requests.filter((r) => r.fault).length;
    return { ...(await outcome(sim, jira, ids, urlTemplate)), syncRuns, faults };
  } finally {
    await cleanUp();
  }
}

type Ehtrig = (args: string[], opts?: { allowFailure?: boolean }) => Promise<number>;

/**
 * Runs ehtrig commands in-process against the appliance, as `--host URL --ca FILE` with the key
 * in an environment variable; a failure stops the demo with the command's own output.
 */
function cli(root: string, sim: SimulatedAppliance, caFile: string): Ehtrig {
  const connection = ["--host", sim.url, "--ca", caFile, "--api-key-env", KEY_ENV];
  return async (args, opts = {}) => {
    const io = memoryIo(root, { [KEY_ENV]: sim.apiKey });
    const code = await main([...args, ...connection], io);
    if (code !== 0 && !opts.allowFailure) {
      throw new EhtrigError([
        diagnostic("EH843", `\`ehtrig ${args.join(" ")}\` failed (exit ${code}):\n${io.stderr.join("")}`),
      ]);
    }
    return code;
  };
}

async function sync(
  ehtrig: Ehtrig,
  jira: TicketClient,
  file: string,
  form: "api" | "ui",
  journal: string,
  opts: { allowFailure?: boolean } = {},
): Promise<number> {
  writeFileSync(file, JSON.stringify(await jira.export(form)));
  return ehtrig(["tickets", "sync", file, "--journal", journal], opts);
}

function storyBroke(what: string): EhtrigError {
  return new EhtrigError([
    diagnostic(
      "EH843",
      `${what}; \`npx ehtrig sim logs ${TICKET_TRIGGER}\` shows why on a running simulator`,
    ),
  ]);
}

async function outcome(
  sim: SimulatedAppliance,
  jira: TicketClient,
  ids: number[],
  urlTemplate: string,
): Promise<Omit<DemoResult, "syncRuns" | "faults">> {
  const issues = await jira.list();
  const detections = ids.map((id) => sim.state.detections[id]!);
  return {
    detections: detections.map((d) => ({
      id: d.id,
      title: d.title,
      ticket_id: d.ticket_id,
      status: d.status,
      assignee: d.assignee,
      resolution: d.resolution,
    })),
    tickets: issues.map((i) => ({
      key: i.key,
      detection_id: detectionOf(i) ?? null,
      status: i.status,
      assignee: i.assignee,
    })),
    urlTemplate,
    risk: Object.fromEntries(detections.map((d) => [d.id, d.risk_score ?? null])),
    comments: Object.fromEntries(issues.map((i) => [i.key, i.comments])),
  };
}
