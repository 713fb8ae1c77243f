/** The simulated appliance over real HTTPS: status codes, validation, persistence, faults. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseFaults } from "../../scripts/sim/faults.ts";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";
import { call, type Answer } from "./runtime-helpers.ts";

let sim: SimulatedAppliance | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const TRIGGER = {
  name: "T",
  events: ["HTTP_REQUEST"],
  script: "debug(1);",
  debug: false,
  disabled: false,
  apply_all: false,
  author: "me",
};

describe("simulated appliance", () => {
  it("answers with the real status codes", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 3 } });
    expect((await call(sim, "GET", "/api/v1/triggers", undefined, "ExtraHop apikey=nope")).status).toBe(401);
    expect((await call(sim, "GET", "/api/v1/triggers", undefined, "")).status).toBe(401);
    expect((await call(sim, "GET", "/api/v1/nothing-here")).status).toBe(404);
    const created = await call(sim, "POST", "/api/v1/triggers", TRIGGER);
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe("/api/v1/triggers/1");
    expect((await call(sim, "GET", "/api/v1/triggers/1")).body).toMatchObject({
      id: 1,
      name: "T",
      author: "me",
    });
    expect((await call(sim, "PATCH", "/api/v1/triggers/1", { disabled: true })).status).toBe(204);
    expect((await call(sim, "PATCH", "/api/v1/triggers/9", { disabled: true })).status).toBe(404);
    expect((await call(sim, "POST", "/api/v1/triggers/1/devices", { assign: [5, 6] })).status).toBe(204);
    expect((await call(sim, "GET", "/api/v1/triggers/1/devices")).body).toEqual([{ id: 5 }, { id: 6 }]);
    expect((await call(sim, "DELETE", "/api/v1/triggers/1")).status).toBe(204);
    expect((await call(sim, "GET", "/api/v1/triggers")).body).toEqual([]);
    expect((await call(sim, "PATCH", "/api/v1/detections/2", { status: "acknowledged" })).status).toBe(204);
    expect((await call(sim, "GET", "/api/v1/detections/2")).body).toMatchObject({ status: "acknowledged" });
    expect((await call(sim, "PATCH", "/api/v1/detections/99", { status: "closed" })).status).toBe(404);
  });

  it("validates request bodies and says what is wrong", async () => {
    sim = await startSimulatedAppliance();
    const bad = await call(sim, "PATCH", "/api/v1/detections/1", { status: "done", colour: "red" });
    expect(bad.status).toBe(400);
    expect((bad.body as { error_message: string }).error_message).toMatch(
      /status: must be one of .*unknown field "colour"|unknown field "colour".*status: must be one of/,
    );
    expect((await call(sim, "PATCH", "/api/v1/detections/1", "{not json")).status).toBe(400);
    expect((await call(sim, "POST", "/api/v1/triggers", { ...TRIGGER, events: [] })).status).toBe(400);
    expect((await call(sim, "PATCH", "/api/v1/extrahop/ticketing", { enabled: "yes" })).status).toBe(400);
    expect(
      (
        await call(sim, "POST", "/api/v1/bundles", {
          ".meta": { name: "b" },
          Trigger: [{ name: "x", script: "", events: "not json" }],
        })
      ).status,
    ).toBe(400);
  });

  it("drops ticket_id while ticket tracking is disabled, like the appliance", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 2, ticketingEnabled: false } });
    await call(sim, "PATCH", "/api/v1/detections/1", {
      ticket_id: "T-1",
      status: "in_progress",
      assignee: "ann",
    });
    expect(sim.state.detections[1]).toMatchObject({
      ticket_id: null,
      status: "in_progress",
      assignee: "ann",
    });
    await call(sim, "PATCH", "/api/v1/extrahop/ticketing", { enabled: true });
    await call(sim, "PATCH", "/api/v1/detections/1", { ticket_id: "T-1" });
    expect(sim.state.detections[1].ticket_id).toBe("T-1");
    expect(
      (
        await call(sim, "PATCH", "/api/v1/detections/tickets", {
          ticket_id: "T-1",
          status: "closed",
          resolution: "no_action_taken",
        })
      ).status,
    ).toBe(204);
    expect(sim.state.detections[1]).toMatchObject({ status: "closed", resolution: "no_action_taken" });
    expect(
      (await call(sim, "PATCH", "/api/v1/detections/tickets", { ticket_id: "T-404", status: "closed" }))
        .status,
    ).toBe(404);
  });

  it("persists its state to a file and picks it up on restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-sim-"));
    dirs.push(dir);
    const stateFile = join(dir, "state.json");
    sim = await startSimulatedAppliance({ stateFile, seed: { detections: 2 } });
    await call(sim, "POST", "/api/v1/triggers", TRIGGER);
    await call(sim, "PATCH", "/api/v1/detections/2", { assignee: "zoe" });
    await sim.close();
    expect(JSON.parse(readFileSync(stateFile, "utf8")).triggers[0].name).toBe("T");
    sim = await startSimulatedAppliance({ stateFile });
    expect((await call(sim, "GET", "/api/v1/detections/2")).body).toMatchObject({ assignee: "zoe" });
    expect((await call(sim, "POST", "/api/v1/triggers", { ...TRIGGER, name: "U" })).headers.location).toBe(
      "/api/v1/triggers/2",
    );
  });

  it("injects 5xx, 429 with Retry-After, resets and slow answers, without acting on faulted requests", async () => {
    sim = await startSimulatedAppliance({
      seed: { detections: 1 },
      faults: parseFaults("rate=0.5,kinds=503+429+reset+slow,slowMs=5,retryAfter=2,seed=3"),
    });
    const seen = new Map<string, number>();
    for (let i = 0; i < 60; i++) {
      const answer = await call(sim, "PATCH", "/api/v1/detections/1", { assignee: `a${i}` }).catch(
        (e: NodeJS.ErrnoException) => e.code ?? "error",
      );
      const key = typeof answer === "string" ? answer : String(answer.status);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (typeof answer !== "string" && (answer.status === 429 || answer.status === 503))
        expect(answer.headers["retry-after"]).toBe("2");
    }
    expect([...seen.keys()].sort()).toEqual(["204", "429", "503", "ECONNRESET"]);
    const applied = sim.requests.filter((r) => r.status === 204).length;
    expect(sim.requests.filter((r) => r.fault === "slow").length).toBeGreaterThan(0);
    expect(applied).toBe(seen.get("204"));
    // The last applied assignee is the state: faulted requests changed nothing.
    const last = [...sim.requests].reverse().find((r) => r.status === 204)!;
    expect(sim.state.detections[1].assignee).toBe((last.body as { assignee: string }).assignee);
    expect(() => parseFaults("rate=2")).toThrow(/EH791/);
    expect(() => parseFaults("kinds=boom")).toThrow(/EH791/);
    expect(parseFaults("rate=1,methods=patch+post")).toEqual({ rate: 1, methods: ["PATCH", "POST"] });
  });

  it("issues OAuth2 tokens for client credentials only", async () => {
    sim = await startSimulatedAppliance({ oauthClients: { cid: "csecret" } });
    const basic = (id: string, secret: string) =>
      `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
    const token = (auth: string, body: string) =>
      new Promise<Answer>((resolve, reject) => {
        const req = https.request(
          `${sim!.url}/oauth2/token`,
          {
            method: "POST",
            ca: sim!.caPem,
            agent: false,
            headers: { Authorization: auth, "Content-Type": "application/x-www-form-urlencoded" },
          },
          (res) => {
            let text = "";
            res.on("data", (c) => (text += c));
            res.on("end", () =>
              resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }),
            );
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    expect((await token(basic("cid", "wrong"), "grant_type=client_credentials")).status).toBe(401);
    expect((await token(basic("cid", "csecret"), "grant_type=password")).status).toBe(400);
    const ok = await token(basic("cid", "csecret"), "grant_type=client_credentials");
    expect(ok.status).toBe(200);
    const { access_token } = ok.body as { access_token: string };
    expect((await call(sim, "GET", "/api/v1/triggers", undefined, `Bearer ${access_token}`)).status).toBe(
      200,
    );
    expect((await call(sim, "GET", "/api/v1/triggers", undefined, "Bearer forged")).status).toBe(401);
  });
});
