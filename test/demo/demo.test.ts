/**
 * The whole ticket-tracking loop end to end over real sockets (issue 10): the simulated appliance
 * runs the deployed example triggers, the ticket trigger opens and comments on issues on the
 * simulated ticket server through a real HTTP Open Data Stream, analysts work the tickets and
 * `ehtrig tickets sync` writes them back. Asserts the final state of every detection and every
 * ticket, that faults during the sync are survived through the journal, and that `npm run demo`
 * (docs/samples/demo/run-demo.sh) prints that state and leaves nothing behind.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDemo, type DemoResult } from "../../scripts/demo/run.ts";
import { DETECTIONS } from "../../scripts/demo/story.ts";
import { REPO } from "../support/project.ts";

/** The story's end (scripts/demo/story.ts): detection → ticket, status, assignee, resolution. */
const FINAL = [
  { id: 1, ticket_id: "SEC-1", status: "closed", assignee: "alice", resolution: "no_action_taken" },
  { id: 2, ticket_id: "SEC-2", status: "new", assignee: "escalations_team", resolution: null },
  { id: 3, ticket_id: "SEC-3", status: "in_progress", assignee: "bob", resolution: null },
  { id: 4, ticket_id: "SEC-4", status: "closed", assignee: "carol", resolution: "action_taken" },
  { id: 5, ticket_id: "SEC-5", status: "in_progress", assignee: "dave", resolution: null },
  { id: 6, ticket_id: "SEC-6", status: "new", assignee: "escalations_team", resolution: null },
];
const TICKETS = [
  { key: "SEC-1", detection_id: 1, status: "Done", assignee: "alice" },
  { key: "SEC-2", detection_id: 2, status: "To Do", assignee: "escalations_team" },
  { key: "SEC-3", detection_id: 3, status: "In Progress", assignee: "bob" },
  { key: "SEC-4", detection_id: 4, status: "Done", assignee: "carol" },
  { key: "SEC-5", detection_id: 5, status: "In Progress", assignee: "dave" },
  { key: "SEC-6", detection_id: 6, status: "To Do", assignee: "escalations_team" },
];

function expectStoryEnd(result: DemoResult): void {
  expect(result.detections).toEqual(FINAL.map((f, i) => ({ ...f, title: DETECTIONS[i]!.title })));
  expect(result.tickets).toEqual(TICKETS);
  // The escalation: risk rose, and the trigger commented on the existing ticket, no new one.
  expect(result.risk[3]).toBe(91);
  expect(result.comments).toEqual({ "SEC-1": 0, "SEC-2": 0, "SEC-3": 1, "SEC-4": 0, "SEC-5": 0, "SEC-6": 0 });
}

const demoDirs = () => readdirSync(tmpdir()).filter((f) => f.startsWith("ehtrig-demo-"));

describe("the ticket-tracking loop", () => {
  it("ends with every detection carrying its ticket's state and every ticket tracking its detection", async () => {
    const before = demoDirs();
    const steps: string[] = [];
    const result = await runDemo({ onStep: (s) => steps.push(s) });
    expectStoryEnd(result);
    expect(result.syncRuns).toBe(2);
    expect(result.faults).toBe(0);
    expect(steps.length).toBeGreaterThan(5);
    expect(demoDirs()).toEqual(before);
  });

  it("survives 503s and resets during the sync: a failed run is resumed from the journal to the same end", async () => {
    const result = await runDemo({
      syncFaults: { rate: 1, kinds: ["503", "reset"], seed: 11, methods: ["PATCH"], retryAfter: 0 },
    });
    expect(result.faults).toBeGreaterThan(0);
    // Every PATCH of the second sync fails (exit 1); the rerun sends only what the journal lacks.
    expect(result.syncRuns).toBe(3);
    expectStoryEnd(result);
  });

  it("npm run demo -- --json prints just the final state, exits by itself and leaves no folder behind", async () => {
    const sample = readFileSync(join(REPO, "docs/samples/demo/run-demo.sh"), "utf8");
    expect(sample).toContain("npm run demo -- --json");
    const before = demoDirs();
    const { code, stdout } = await npm(["run", "--silent", "demo", "--", "--json"]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { detections: unknown[]; tickets: unknown[] };
    expect(Object.keys(printed)).toEqual(["detections", "tickets"]);
    expect(printed.detections).toEqual(FINAL.map((f, i) => ({ ...f, title: DETECTIONS[i]!.title })));
    expect(printed.tickets).toEqual(TICKETS);
    expect(demoDirs()).toEqual(before);
  });

  it("npm run demo prints the steps and a table with each ticket's link from the URL template", async () => {
    const { code, stdout } = await npm(["run", "--silent", "demo"]);
    expect(code).toBe(0);
    expect(stdout).toContain("ehtrig deploy");
    expect(stdout).toMatch(/SEC-3\s+http:\/\/127\.0\.0\.1:\d+\/browse\/SEC-3/);
    expect(stdout).toContain("Data Exfiltration to Cloud Storage");
    expect(stdout).toContain("SEC-3 (1)");
  });
});

/** Runs npm in the repository; the process must end by itself (a leaked server would keep it). */
function npm(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", args, { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
