/**
 * `ehtrig sim`: runs the simulated appliance until interrupted. It writes its certificate (use it
 * with --ca), API key and URL to files instead of printing the key. `ehtrig sim logs TRIGGER`
 * prints a deployed trigger's debug log from a running one (sim-logs.ts).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import type { CliContext } from "../cli.ts";
import { printJson } from "../report.ts";
import { parseFaults } from "../sim/faults.ts";
import { startSimulatedAppliance } from "../sim/index.ts";
import { loadTargetsFile } from "../sim/runtime/targets.ts";
import { projectIfAny } from "./appliance-options.ts";
import { registerSimLogs, SIM_FILES } from "./sim-logs.ts";
import { parsePort, untilInterrupted } from "./long-running.ts";

interface SimOpts {
  port: string;
  dir: string;
  state?: string;
  faults?: string;
  detections: string;
  ticketing: boolean;
  oauthClient?: string;
  json?: boolean;
  requestLog?: string;
  targets?: string;
}

export function register(program: Command, ctx: CliContext): void {
  const sim = program
    .command("sim")
    .description("run a simulated ExtraHop appliance (HTTPS on 127.0.0.1) for trying deploy and tickets sync")
    .option("--port <n>", "port (0 picks a free one)", "8443")
    .option("--dir <dir>", "folder for ca.pem, api-key and (by default) state.json", ".ehtrig/sim")
    .option("--state <file>", "state file (default DIR/state.json)")
    .option(
      "--faults <spec>",
      "inject faults, e.g. rate=0.1,kinds=503+429+reset+slow,slowMs=200,retryAfter=0,seed=1",
    )
    .option("--detections <n>", "detections 1..n in a fresh state", "100")
    .option(
      "--targets <file>",
      "Open Data Stream targets (JSON array of { name, type, host, port, protocol, additional_header }) for the triggers it runs",
    )
    .option("--no-ticketing", "start with ticket tracking disabled")
    .option(
      "--request-log <file>",
      "on exit, write every request (method, path, status, fault) as JSON Lines",
    )
    .option(
      "--oauth-client <id>",
      "also accept this OAuth2 client (RevealX 360 style); its secret is EHTRIG_SIM_OAUTH_SECRET or random, written to DIR/oauth-client-secret",
    )
    .option("--json", "print the connection details as JSON")
    .action(async (opts: SimOpts) => {
      const io = ctx.io;
      const detections = Number(opts.detections);
      if (!Number.isInteger(Number(opts.port)) || !Number.isInteger(detections) || detections < 0)
        throw new EhtrigError([diagnostic("EH602", "--port and --detections take whole numbers")], 2);
      const port = parsePort(opts.port);
      const dir = resolve(io.cwd, opts.dir);
      mkdirSync(dir, { recursive: true });
      const caFile = join(dir, SIM_FILES.ca);
      const apiKeyFile = join(dir, SIM_FILES.apiKey);
      const stateFile = resolve(io.cwd, opts.state ?? join(dir, SIM_FILES.state));
      const odsTargets = opts.targets ? loadTargetsFile(resolve(io.cwd, opts.targets)) : undefined;
      // Like the API key: from the environment or random, handed over in a file, never printed.
      const oauthSecret = opts.oauthClient
        ? io.env.EHTRIG_SIM_OAUTH_SECRET || randomBytes(24).toString("hex")
        : undefined;
      const oauthSecretFile = join(dir, "oauth-client-secret");
      const sim = await startSimulatedAppliance({
        port,
        caFile,
        stateFile,
        apiKey: io.env.EHTRIG_SIM_API_KEY || undefined,
        faults: opts.faults ? parseFaults(opts.faults) : undefined,
        seed: { detections, ticketingEnabled: opts.ticketing },
        oauthClients: opts.oauthClient ? { [opts.oauthClient]: oauthSecret! } : undefined,
        logBodies: false,
        odsTargets,
        // In a project folder, deployed triggers get the project's engine language level.
        engineBuiltins: [...(projectIfAny(io.cwd)?.level.allowed ?? [])],
      });
      writeFileSync(apiKeyFile, sim.apiKey + "\n", { mode: 0o600 });
      writeFileSync(join(dir, SIM_FILES.url), sim.url + "\n");
      if (oauthSecret) writeFileSync(oauthSecretFile, oauthSecret + "\n", { mode: 0o600 });
      const info = {
        url: sim.url,
        host: sim.host,
        caFile,
        apiKeyFile,
        stateFile,
        ...(opts.oauthClient
          ? { oauthClientId: opts.oauthClient, oauthClientSecretFile: oauthSecretFile }
          : {}),
      };
      if (opts.json) printJson(io, info);
      else {
        io.out(`simulated appliance on ${sim.url}`);
        io.out(`  CA certificate: ${caFile}   (pass --ca ${caFile})`);
        io.out(`  API key file:   ${apiKeyFile}   (pass --api-key-file ${apiKeyFile})`);
        io.out(`  state:          ${stateFile}`);
        const targets = sim.odsTargets();
        if (targets.length)
          io.out(
            `  ODS targets:    ${targets.map((t) => `${t.name} (${t.type}${t.host ? ` ${t.host}:${t.port}` : ""})`).join(", ")}`,
          );
        if (opts.oauthClient)
          io.out(`  OAuth2 client:  ${opts.oauthClient}, secret in ${oauthSecretFile}   (clientSecretFile)`);
        io.out("stop with Ctrl-C");
      }
      await untilInterrupted();
      await sim.close();
      if (opts.requestLog) {
        const lines = sim.requests.map(({ method, path, status, fault }) =>
          JSON.stringify({ method, path, status, fault }),
        );
        writeFileSync(resolve(io.cwd, opts.requestLog), lines.join("\n") + "\n");
      }
    });
  registerSimLogs(sim, ctx);
}
