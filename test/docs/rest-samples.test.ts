/**
 * The code samples of docs/rest.md, run: each command line against simulated appliances with the
 * real `ehtrig` command (`npx ehtrig` stands for bin/ehtrig.js, since this repository is the
 * package), the config samples through the config loader, and the bundle and import samples
 * against what the commands really write. Samples: docs/samples/rest/ehtrig.config.json,
 * docs/samples/rest/assignments.config.json, docs/samples/rest/groups.config.json,
 * docs/samples/rest/tickets-sync.sh, docs/samples/rest/tickets-settings.sh,
 * docs/samples/rest/deploy.sh, docs/samples/rest/fleet.sh, docs/samples/rest/pull.sh,
 * docs/samples/rest/sim.sh, docs/samples/rest/bundle.json, docs/samples/rest/imported-trigger.txt.
 */
import { spawn } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProject } from "../../build/index.ts";
import { TOOLKIT_VERSION } from "../../build/version.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";
import { REPO, triggerSource, writeTsconfig } from "../support/project.ts";

const SAMPLES = join(REPO, "docs", "samples", "rest");
const BIN = join(REPO, "bin", "ehtrig.js");
const NAMES = ["lab", "east", "west", "north"] as const;

const sims: Partial<Record<(typeof NAMES)[number], SimulatedAppliance>> = {};
let work: string;
const env: Record<string, string> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "ehtrig-rest-docs-"));
  mkdirSync(join(work, "certs"));
  for (const name of NAMES) {
    const sim = await startSimulatedAppliance({
      caFile: join(work, "certs", `${name}.pem`),
      seed: { detections: 20 },
    });
    sims[name] = sim;
    env[`EH_${name.toUpperCase()}_KEY`] = sim.apiKey;
  }
});

afterAll(async () => {
  for (const sim of Object.values(sims)) await sim!.close();
  rmSync(work, { recursive: true, force: true });
});

/** A project whose appliances are the simulators: prod is the lab simulator, with a key file. */
function project(name: string, triggers: Record<string, string> = {}): string {
  const root = join(work, name);
  mkdirSync(join(root, "triggers"), { recursive: true });
  cpSync(join(work, "certs"), join(root, "certs"), { recursive: true });
  writeTsconfig(root);
  writeFileSync(join(root, "prod-key"), sims.lab!.apiKey);
  chmodSync(join(root, "prod-key"), 0o600);
  const appliance = (n: (typeof NAMES)[number]) => ({
    host: sims[n]!.host,
    apiKeyEnv: `EH_${n.toUpperCase()}_KEY`,
    ca: `certs/${n}.pem`,
  });
  const config = {
    author: "secops-ehtrig",
    targets: {},
    appliances: {
      lab: appliance("lab"),
      prod: { host: sims.lab!.host, apiKeyFile: "prod-key", ca: "certs/lab.pem" },
      east: appliance("east"),
      west: appliance("west"),
      north: appliance("north"),
    },
    applianceGroups: { sensors: ["east", "west", "north"] },
  };
  writeFileSync(join(root, "ehtrig.config.json"), JSON.stringify(config, null, 2));
  for (const [file, text] of Object.entries(triggers)) writeFileSync(join(root, "triggers", file), text);
  return root;
}

/** The command lines of a sample (comments dropped, continuations joined), as `npx` would run them. */
function commandLines(sample: string): string[] {
  return readFileSync(join(SAMPLES, sample), "utf8")
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter(Boolean)
    .map((l) => {
      expect(l.startsWith("npx ehtrig ")).toBe(true);
      return l.replace(/^npx ehtrig /, `node ${BIN} `);
    });
}

/** Runs a command line in a child process; async, since the simulators answer from this process. */
function sh(line: string, cwd: string): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["-c", line], { cwd, env: { ...process.env, ...env } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (status) => resolve({ status, out }));
  });
}

async function runAll(sample: string, cwd: string): Promise<void> {
  for (const line of commandLines(sample)) {
    const r = await sh(line, cwd);
    expect(r.status, `${line}\n${r.out}`).toBe(0);
  }
}

const HTTP_ERRORS = triggerSource(
  "HTTP errors",
  ["HTTP_RESPONSE"],
  'if (HTTP.statusCode >= 500) debug("5xx " + HTTP.uri);',
);

describe("docs/rest.md", () => {
  it.each(["ehtrig.config.json", "assignments.config.json", "groups.config.json"])(
    "docs/samples/rest/%s is a valid project config",
    (sample) => {
      const root = join(work, `config-${sample}`);
      mkdirSync(root);
      cpSync(join(SAMPLES, sample), join(root, "ehtrig.config.json"));
      expect(Object.keys(loadProject(root).config.appliances ?? {}).length).toBeGreaterThan(0);
    },
  );

  it("docs/samples/rest/tickets-sync.sh and tickets-settings.sh run against the appliance", async () => {
    const root = project("tickets");
    writeFileSync(
      join(root, "closed-tickets.csv"),
      "detection_id,ticket_id,status,assignee,resolution\n1,SEC-1,closed,alice,action_taken\n2,SEC-2,in_progress,bob,\n",
    );
    writeFileSync(
      join(root, "updates.jsonl"),
      '{"detection_id": 3, "ticket_id": "SEC-3", "status": "acknowledged", "assignee": "carol"}\n',
    );
    // sync first: the settings sample ends by disabling ticket tracking
    await runAll("tickets-sync.sh", root);
    await runAll("tickets-settings.sh", root);
    const detection = (id: number) => sims.lab!.state.detections[id]!;
    expect(detection(1)).toMatchObject({ ticket_id: "SEC-1", status: "closed", assignee: "alice" });
    expect(detection(3)).toMatchObject({ ticket_id: "SEC-3", status: "acknowledged" });
  });

  it("docs/samples/rest/deploy.sh, fleet.sh and pull.sh run against the appliances", async () => {
    const root = project("deploy", { "http-errors.ts": HTTP_ERRORS });
    await runAll("deploy.sh", root);
    expect(sims.lab!.state.triggers.map((t) => t.name)).toEqual(["HTTP errors"]);
    await runAll("fleet.sh", root);
    for (const n of ["east", "west"] as const)
      expect(sims[n]!.state.triggers.map((t) => t.name)).toEqual(["HTTP errors"]);
    // pull: each line on its own into a project without the trigger
    for (const [i, line] of commandLines("pull.sh").entries()) {
      const fresh = project(`pull-${i}`);
      const r = await sh(line, fresh);
      expect(r.status, `${line}\n${r.out}`).toBe(0);
      expect(readFileSync(join(fresh, "triggers", "http-errors.ts"), "utf8")).toContain(
        'name: "HTTP errors"',
      );
    }
  });

  it("docs/samples/rest/sim.sh starts the simulated appliance", async () => {
    const [line] = commandLines("sim.sh");
    const root = join(work, "sim-cli");
    mkdirSync(root);
    const child = spawn("bash", ["-c", `exec ${line!.replace("--port 8443", "--port 0")}`], {
      cwd: root,
      env: { ...process.env },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start:\n${out}`)), 30_000);
        child.stdout.on("data", () => {
          if (/simulated appliance on https:\/\/127\.0\.0\.1:\d+/.test(out)) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    } finally {
      child.kill("SIGINT");
    }
  });

  it("docs/samples/rest/bundle.json is what `ehtrig bundle` writes", async () => {
    const root = project("my-project", {
      "http-errors.ts": HTTP_ERRORS.replace(
        '"HTTP errors",',
        '"HTTP errors", description: "the description",',
      ),
    });
    const r = await sh(`node ${BIN} bundle --name my-project`, root);
    expect(r.status, r.out).toBe(0);
    const written = JSON.parse(readFileSync(join(root, "dist", "bundle.json"), "utf8"));
    const sample = JSON.parse(readFileSync(join(SAMPLES, "bundle.json"), "utf8"));
    sample[".meta"].comment = sample[".meta"].comment.replace("0.1.0", TOOLKIT_VERSION);
    written.Trigger[0].script = "/* … */";
    expect(written).toEqual(sample);
  });

  it("docs/samples/rest/imported-trigger.txt is what `ehtrig import` writes", async () => {
    const root = project("import");
    const script = 'if (HTTP.processingTime > 500) {\n  debug("slow " + HTTP.uri);\n}';
    const bundle = {
      ".meta": { name: "legacy", version: "26.2.0" },
      Trigger: [
        { name: "Slow HTTP", events: '["HTTP_RESPONSE"]', comment: "Slow responses", debug: true, script },
      ],
    };
    writeFileSync(join(root, "legacy.json"), JSON.stringify(bundle));
    const r = await sh(`node ${BIN} import legacy.json`, root);
    expect(r.status, r.out).toBe(0);
    const written = readFileSync(join(root, "triggers", "slow-http.ts"), "utf8");
    expect(written.replace(script, "…the original script, byte for byte…")).toBe(
      readFileSync(join(SAMPLES, "imported-trigger.txt"), "utf8"),
    );
  });
});
