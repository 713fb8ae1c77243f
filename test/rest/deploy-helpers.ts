/** Shared by the deploy tests: a simulated appliance and a two-trigger project deployed to it as "lab". */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";
import { tempProject, triggerSource, type TempProject } from "../support/project.ts";

export const AUTHOR = "secops-ehtrig";

export interface DeployFixture {
  sim: SimulatedAppliance;
  p: TempProject;
  /** `ehtrig deploy --to lab --json ARGS` in the project, in-process. */
  run: (...args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>;
}

export async function deployFixture(
  appliance: { assignments?: object; timeoutMs?: number } = {},
): Promise<DeployFixture> {
  const sim = await startSimulatedAppliance();
  const files = {
    "triggers/http-errors.ts": triggerSource(
      "HTTP errors",
      ["HTTP_RESPONSE"],
      'if (HTTP.statusCode >= 500) debug("5xx " + HTTP.uri);',
    ),
    "triggers/new-detections.ts": triggerSource(
      "New detections",
      ["DETECTION_UPDATE"],
      'debug("detection " + Detection.id);',
    ),
  };
  const lab = { host: sim.host, apiKeyEnv: "LAB_KEY", ca: "lab-ca.pem", assignments: {}, ...appliance };
  const p = tempProject(files, { author: AUTHOR, targets: {}, appliances: { lab } });
  writeFileSync(join(p.root, "lab-ca.pem"), sim.caPem);
  const run = async (...args: string[]) => {
    const io = memoryIo(p.root, { LAB_KEY: sim.apiKey });
    const code = await main(["deploy", "--to", "lab", "--json", ...args], io);
    return { code, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
  };
  return { sim, p, run };
}

/** Requests that change something on the appliance. */
export const writes = (s: SimulatedAppliance) => s.requests.filter((r) => r.method !== "GET");
