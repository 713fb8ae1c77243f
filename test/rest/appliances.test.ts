import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "selfsigned";
import { afterEach, describe, expect, it } from "vitest";
import { EhtrigError } from "../../build/diagnostics.ts";
import { loadProject } from "../../build/project/config.ts";
import { resolveAppliance } from "../../scripts/rest/appliances.ts";
import { createClient } from "../../scripts/rest/client.ts";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";
import { tempProject } from "../support/project.ts";

let sim: SimulatedAppliance | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function codes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof EhtrigError) return err.diagnostics.map((d) => d.code);
    throw err;
  }
  return [];
}

describe("named appliances", () => {
  it("are validated by the project config schema", () => {
    const bad = {
      targets: {},
      appliances: {
        lab: { host: "x", auth: "password", apiKey: "inline-secret", assignments: { t: { devices: ["1"] } } },
      },
    };
    const p = (() => {
      try {
        return tempProject({}, bad);
      } catch (err) {
        return err as EhtrigError;
      }
    })();
    expect(p).toBeInstanceOf(EhtrigError);
    const messages = (p as EhtrigError).diagnostics.map((d) => d.message).join("\n");
    expect(messages).toContain("appliances.lab.auth: must be one of");
    expect(messages).toContain('unknown field "apiKey"'); // secrets are not accepted inline
    expect(messages).toContain("appliances.lab.assignments.t.devices[0]: must be integer");
  });

  it("need exactly one secret source, and name a missing secret without its value", () => {
    const p = tempProject(
      {},
      {
        targets: {},
        appliances: {
          none: { host: "a.example.com" },
          both: { host: "a.example.com", apiKeyEnv: "K", apiKeyFile: "k.txt" },
          env: { host: "a.example.com", apiKeyEnv: "LAB_KEY" },
          file: { host: "a.example.com", apiKeyFile: "missing.txt" },
          cloud: { host: "t.api.cloud.extrahop.com", auth: "oauth2", clientId: "cid" },
          badca: { host: "a.example.com", apiKeyEnv: "LAB_KEY", ca: "nope.pem" },
        },
      },
    );
    const project = loadProject(p.root);
    const pick =
      (to: string, env: NodeJS.ProcessEnv = {}) =>
      () =>
        resolveAppliance({ to }, project, env, p.root);
    expect(codes(pick("none"))).toEqual(["EH701"]);
    expect(codes(pick("both"))).toEqual(["EH701"]);
    expect(codes(pick("env"))).toEqual(["EH702"]);
    expect(codes(pick("file"))).toEqual(["EH702"]);
    expect(codes(pick("cloud"))).toEqual(["EH701"]);
    expect(codes(pick("badca", { LAB_KEY: "k-1234" }))).toEqual(["EH704"]);
    expect(codes(pick("elsewhere"))).toEqual(["EH700"]);
    expect(codes(() => resolveAppliance({}, project, {}, p.root))).toEqual(["EH700"]); // several: must choose
    const ok = resolveAppliance({ to: "env" }, project, { LAB_KEY: "k-1234" }, p.root);
    expect(ok.client.auth).toEqual({ kind: "apikey", apiKey: "k-1234" });
  });

  it("tickets sync --to NAME reads the key from a file and the CA from the config", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 3 } });
    const p = tempProject(
      {},
      {
        targets: {},
        appliances: { lab: { host: sim.host, apiKeyFile: "secrets/lab.key", ca: "lab-ca.pem" } },
      },
    );
    p.write("secrets/lab.key", sim.apiKey + "\n");
    writeFileSync(join(p.root, "lab-ca.pem"), sim.caPem);
    p.write(
      "rows.jsonl",
      '{"detection_id": 2, "ticket_id": "JIRA-2", "status": "Closed with No Action Taken"}\n',
    );
    const io = memoryIo(p.root, {});
    expect(await main(["tickets", "sync", "rows.jsonl", "--to", "lab"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("tickets sync to lab: 1 row(s), 1 detection(s): 1 sent");
    expect(sim.state.detections[2]).toMatchObject({
      ticket_id: "JIRA-2",
      status: "closed",
      resolution: "no_action_taken",
    });
  });

  it("refuse a CA file whose certificate is damaged or expired, before connecting", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-ca-"));
    try {
      const env = { EHTRIG_API_KEY: "k-1234" };
      const expired = await generate([{ name: "commonName", value: "old ca" }], {
        notBeforeDate: new Date("2020-01-01T00:00:00Z"),
        notAfterDate: new Date("2021-01-01T00:00:00Z"),
      });
      writeFileSync(join(dir, "expired.pem"), expired.cert);
      writeFileSync(
        join(dir, "damaged.pem"),
        "-----BEGIN CERTIFICATE-----\nMIIBnot-base64!!\n-----END CERTIFICATE-----\n",
      );
      const diagnostics = (ca: string) => {
        try {
          resolveAppliance({ host: "sensor.example.com", ca }, undefined, env, dir);
        } catch (err) {
          if (err instanceof EhtrigError) return err.diagnostics;
          throw err;
        }
        return [];
      };
      const damaged = diagnostics("damaged.pem");
      expect(damaged.map((d) => d.code)).toEqual(["EH704"]);
      expect(damaged[0].message).toContain("certificate 1 in");
      expect(damaged[0].message).toContain("damaged.pem");
      const old = diagnostics("expired.pem");
      expect(old.map((d) => d.code)).toEqual(["EH704"]);
      expect(old[0].message).toContain("expired");
      expect(old[0].message).toContain("2021-01-01");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("say that the given CA did not vouch for the appliance (not merely: pass --ca)", async () => {
    sim = await startSimulatedAppliance();
    const other = await generate([{ name: "commonName", value: "some other ca" }]);
    const client = createClient({
      host: sim.host,
      auth: { kind: "apikey", apiKey: sim.apiKey },
      ca: other.cert,
    });
    const err = await client.request("GET", "/triggers").catch((e: unknown) => e);
    client.close();
    expect(err).toBeInstanceOf(EhtrigError);
    const d = (err as EhtrigError).diagnostics[0];
    expect(d.code).toBe("EH710");
    expect(d.message).toContain("not trusted by the given CA");
    expect(d.hint).toContain("not signed by the CA");
  });
});
