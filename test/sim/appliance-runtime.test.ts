/**
 * The simulated appliance running triggers: DETECTION_UPDATE on detections made and changed
 * through the simulator-only /ehtrig/ routes, over real HTTPS, with real HTTP ODS targets on
 * 127.0.0.1 and REMOTE_RESPONSE.
 */
import https from "node:https";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startSimulatedAppliance, type SimulatedAppliance } from "../../scripts/sim/index.ts";
import { generateCertificate } from "../../scripts/sim/cert.ts";
import { runsOn } from "../../scripts/sim/runtime/host.ts";
import { call, closedPort, script, targetServer, type TargetServer } from "./runtime-helpers.ts";

let sim: SimulatedAppliance | undefined;
let target: TargetServer | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await sim?.close();
  await target?.close();
  sim = target = undefined;
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const DETECTION = {
  title: "Rare SSH Port",
  type: "rare_ssh_port",
  risk_score: 60,
  categories: ["sec.lateral"],
  participants: [{ object_type: "ipaddr", object_value: "203.0.113.7", role: "offender" }],
};

async function deploy(
  s: SimulatedAppliance,
  name: string,
  body: string,
  extra: object = {},
): Promise<number> {
  const created = await call(s, "POST", "/api/v1/triggers", {
    name,
    events: ["DETECTION_UPDATE"],
    script: script(body),
    debug: true,
    disabled: false,
    apply_all: false,
    ...extra,
  });
  expect(created.status).toBe(201);
  return Number(String(created.headers.location).split("/").pop());
}

const messages = (s: SimulatedAppliance, trigger: string | number) =>
  s.triggerLog(trigger).map((e) => e.message);

describe("detections on the simulated appliance", () => {
  it("POST /ehtrig/detections stores a detection with the next id and runs DETECTION_UPDATE as a creation", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 3 } });
    await deploy(
      sim,
      "seen",
      'log("created " + Detection.id + " " + Detection.isEventCreate + " " + Detection.riskScore);',
    );
    const made = await call(sim, "POST", "/ehtrig/detections", DETECTION);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      id: 4,
      title: "Rare SSH Port",
      risk_score: 60,
      ticket_id: null,
      status: null,
    });
    expect((made.body as { participants: unknown[] }).participants).toEqual([
      { object_type: "ipaddr", object_value: "203.0.113.7", role: "offender", external: false, id: 1 },
    ]);
    expect((await call(sim, "GET", "/api/v1/detections/4")).body).toEqual(made.body);
    expect(messages(sim, "seen")).toEqual(["created 4 true 60"]);
  });

  it("refuses a detection the trigger engine could not hold, storing nothing and running nothing", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    await deploy(sim, "seen", 'log("ran");');
    const bad = await call(sim, "POST", "/ehtrig/detections", {
      ...DETECTION,
      risk_score: 150,
      categories: ["weird"],
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ codes: ["EH803"] });
    expect(String((bad.body as { error_message: string }).error_message)).toMatch(/risk_score/);
    const noType = await call(sim, "POST", "/ehtrig/detections", { title: "x" });
    expect(noType.status).toBe(400);
    expect(String((noType.body as { error_message: string }).error_message)).toMatch(/type/);
    const badCategory = await call(sim, "POST", "/ehtrig/detections", {
      ...DETECTION,
      categories: ["Weird!"],
    });
    expect(badCategory.status).toBe(400);
    expect(sim.state.detections).toEqual({});
    expect(sim.triggerLog("seen")).toEqual([]);
  });

  it("a new detection takes the next id however many the appliance holds (300,000 here)", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    const held = sim.state.detections as Record<string, unknown>;
    for (let id = 1; id <= 300_000; id++) held[id] = {};
    expect(sim.createDetection(DETECTION).id).toBe(300_001);
  });

  it("PATCH /ehtrig/detections/{id} runs DETECTION_UPDATE as an update; ticket fields go through the real PATCH, which runs nothing", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    await deploy(
      sim,
      "seen",
      'log((Detection.isEventCreate ? "create " : "update ") + Detection.id + " risk " + Detection.riskScore + " ticket " + Detection.ticketId);',
    );
    const { id } = sim.createDetection(DETECTION);
    const changed = await call(sim, "PATCH", `/ehtrig/detections/${id}`, { risk_score: 85 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id, risk_score: 85 });
    const ticketOnly = await call(sim, "PATCH", `/ehtrig/detections/${id}`, { ticket_id: "SEC-1" });
    expect(ticketOnly.status).toBe(400);
    const real = await call(sim, "PATCH", `/api/v1/detections/${id}`, {
      ticket_id: "SEC-1",
      status: "in_progress",
    });
    expect(real.status).toBe(204);
    expect(messages(sim, "seen")).toEqual([
      `create ${id} risk 60 ticket null`,
      `update ${id} risk 85 ticket null`,
    ]);
    sim.updateDetection(id, { description: "more" });
    expect(messages(sim, "seen").at(-1)).toBe(`update ${id} risk 85 ticket SEC-1`);
    expect((await call(sim, "PATCH", "/ehtrig/detections/999", { risk_score: 1 })).status).toBe(404);
  });

  it("runs enabled triggers on DETECTION_UPDATE whatever their assignment, and never disabled ones or ones on other events", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    await deploy(sim, "unassigned", 'log("ran");');
    await deploy(sim, "disabled", 'log("ran");', { disabled: true });
    await deploy(sim, "other event", 'log("ran");', { events: ["HTTP_RESPONSE"], apply_all: true });
    const toggled = await deploy(sim, "toggled", 'log("ran");');
    expect((await call(sim, "PATCH", `/api/v1/triggers/${toggled}`, { disabled: true })).status).toBe(204);
    sim.createDetection(DETECTION);
    expect(messages(sim, "unassigned")).toEqual(["ran"]);
    expect(messages(sim, "disabled")).toEqual([]);
    expect(messages(sim, "other event")).toEqual([]);
    expect(messages(sim, "toggled")).toEqual([]);
  });

  it("needs an assignment or apply_all for events that run on devices", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    const id = await deploy(sim, "http", "", { events: ["HTTP_RESPONSE"] });
    const t = () => sim!.state.triggers.find((x) => x.id === id)!;
    expect(runsOn(sim.state, t(), "HTTP_RESPONSE")).toBe(false);
    await call(sim, "POST", `/api/v1/triggers/${id}/devicegroups`, { assign: [7] });
    expect(runsOn(sim.state, t(), "HTTP_RESPONSE")).toBe(true);
    await call(sim, "POST", `/api/v1/triggers/${id}/devicegroups`, { unassign: [7] });
    expect(runsOn(sim.state, t(), "HTTP_RESPONSE")).toBe(false);
    await call(sim, "PATCH", `/api/v1/triggers/${id}`, { apply_all: true });
    expect(runsOn(sim.state, t(), "HTTP_RESPONSE")).toBe(true);
  });

  it("logs an uncaught exception with its script line; the other triggers run and the appliance carries on", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    await deploy(sim, "thrower", 'log("before " + Detection.id);\nvar p = null;\np.field = 1;');
    await deploy(sim, "calm", 'log("calm " + Detection.id);');
    const first = sim.createDetection(DETECTION);
    const second = await call(sim, "POST", "/ehtrig/detections", DETECTION);
    expect(second.status).toBe(201);
    const log = sim.triggerLog("thrower");
    expect(log.map((e) => e.kind)).toEqual(["log", "error", "log", "error"]);
    expect(log[1]).toMatchObject({
      event: "DETECTION_UPDATE",
      error: { name: "TypeError", timedOut: false },
      script: { line: 4 },
    });
    expect(log[1]!.message).toMatch(/^TypeError: .*null.* \(line 4:\d+\)$/);
    expect(messages(sim, "calm")).toEqual([`calm ${first.id}`, `calm ${(second.body as { id: number }).id}`]);
  });

  it("stops a trigger that runs out of time, logs it, and runs the others", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 }, timeLimitMs: 50 });
    await deploy(sim, "spinner", "while (true) {}");
    await deploy(sim, "calm", 'log("calm");');
    sim.createDetection(DETECTION);
    expect(sim.triggerLog("spinner")).toMatchObject([
      {
        kind: "error",
        error: { timedOut: true },
        message: expect.stringMatching(/^the trigger ran out of time/),
      },
    ]);
    expect(messages(sim, "calm")).toEqual(["calm"]);
  });

  it("keeps a trigger's Session table and cache between events, and starts its cache afresh when it is saved", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    const id = await deploy(
      sim,
      "counter",
      'var seen = cache("seen", function () { return { n: 0 }; });\nseen.n++;\nlog("cache " + seen.n + " session " + (Session.increment("n") || Session.add("n", 1)));',
    );
    sim.createDetection(DETECTION);
    sim.createDetection(DETECTION);
    await call(sim, "PATCH", `/api/v1/triggers/${id}`, { description: "saved" });
    sim.createDetection(DETECTION);
    expect(messages(sim, "counter")).toEqual(["cache 1 session 1", "cache 2 session 2", "cache 1 session 3"]);
  });

  it("GET /ehtrig/triggers/{idOrName}/log answers 404 for a trigger it does not have", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    const id = await deploy(sim, "Named one", 'log("x");');
    sim.createDetection(DETECTION);
    const byName = await call(sim, "GET", `/ehtrig/triggers/${encodeURIComponent("Named one")}/log`);
    expect(byName.status).toBe(200);
    expect(byName.body).toEqual((await call(sim, "GET", `/ehtrig/triggers/${id}/log`)).body);
    expect((byName.body as Array<{ message: string }>).map((e) => e.message)).toEqual(["x"]);
    const missing = await call(sim, "GET", "/ehtrig/triggers/nope/log");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ codes: ["EH804"] });
    expect(() => sim!.triggerLog("nope")).toThrow(/EH804/);
  });
});

describe("Open Data Stream targets", () => {
  it("sends Remote.HTTP calls after the trigger returns: target header and basic auth, the trigger's headers winning, gzip applied", async () => {
    target = await targetServer();
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    const set = await call(sim, "PUT", "/ehtrig/odstargets", [
      {
        name: "collector",
        type: "http",
        host: "127.0.0.1",
        port: target.port,
        protocol: "http",
        additional_header: "X-Team: secops",
        authentication: { auth_type: "basic", username: "eh", password: "s3cret" },
      },
    ]);
    expect(set.status).toBe(200);
    await deploy(
      sim,
      "sender",
      [
        'var a = Remote.HTTP("collector").post({ path: "/in?x=1", headers: { "Content-Type": "application/json", "x-team": "override" }, payload: JSON.stringify({ id: Detection.id }) });',
        'var b = Remote.HTTP("collector").put({ path: "/zipped", headers: { "Content-Encoding": "gzip" }, payload: "compressed text" });',
        'log("queued " + a + " " + b);',
      ].join("\n"),
    );
    const d = sim.createDetection(DETECTION);
    expect(target.received).toEqual([]); // nothing is sent while the trigger runs
    await sim.settle();
    expect(messages(sim, "sender")).toEqual(["queued true true"]);
    expect(target.received.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /in?x=1", "PUT /zipped"]);
    const [post, put] = target.received;
    expect(JSON.parse(post!.body.toString())).toEqual({ id: d.id });
    expect(post!.headers["x-team"]).toBe("override");
    expect(post!.rawHeaders.filter((h) => h.toLowerCase() === "x-team")).toHaveLength(1);
    expect(post!.headers.authorization).toBe(`Basic ${Buffer.from("eh:s3cret").toString("base64")}`);
    expect(put!.headers["x-team"]).toBe("secops");
    expect(gunzipSync(put!.body).toString()).toBe("compressed text");
    expect(sim.deliveries).toMatchObject([
      { target: "collector", method: "POST", path: "/in?x=1", status: 200 },
      { target: "collector", method: "PUT", path: "/zipped", status: 200 },
    ]);
  });

  it("speaks HTTPS to https targets, verifying the certificate unless skip_cert_verification", async () => {
    const { key, cert } = await generateCertificate();
    const received: string[] = [];
    const server = https.createServer({ key, cert }, (req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.writeHead(204).end();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const port = (server.address() as AddressInfo).port;
    try {
      sim = await startSimulatedAppliance({ seed: { detections: 0 } });
      const secure = { type: "http" as const, host: "127.0.0.1", port, protocol: "https" };
      sim.setOdsTargets([
        { name: "trusting", ...secure, skip_cert_verification: true },
        { name: "strict", ...secure },
      ]);
      await deploy(
        sim,
        "sender",
        'Remote.HTTP("trusting").post({ path: "/t" });\nRemote.HTTP("strict").post({ path: "/s" });',
      );
      sim.createDetection(DETECTION);
      await sim.settle();
      expect(received).toEqual(["POST /t"]);
      expect(messages(sim, "sender")).toEqual([
        expect.stringMatching(/^Remote\.HTTP\("strict"\): POST \/s failed: .*certificate/),
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });

  it("returns false and logs a line for a target that is not configured", async () => {
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    await deploy(sim, "sender", 'log("queued " + Remote.HTTP("nowhere").post({ path: "/" }));');
    sim.createDetection(DETECTION);
    await sim.settle();
    expect(messages(sim, "sender")).toEqual([
      'Remote.HTTP: no HTTP Open Data Stream target named "nowhere" is configured; the request was not queued',
      "queued false",
    ]);
    expect(sim.deliveries).toEqual([]);
  });

  it("writes delivery failures to the trigger's debug log: connection refused, and answers of 400 and up", async () => {
    const port = await closedPort();
    target = await targetServer();
    target.answer = () => ({ status: 503, body: "maintenance" });
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    sim.setOdsTargets([
      { name: "down", type: "http", host: "127.0.0.1", port, protocol: "http" },
      { name: "busy", type: "http", host: "127.0.0.1", port: target.port, protocol: "http" },
    ]);
    await deploy(
      sim,
      "sender",
      'Remote.HTTP("down").post({ path: "/a" });\nRemote.HTTP("busy").post({ path: "/b" });',
    );
    sim.createDetection(DETECTION);
    await sim.settle();
    const log = sim.triggerLog("sender");
    expect(log.every((e) => e.kind === "ods" && e.event === "DETECTION_UPDATE")).toBe(true);
    expect(log.map((e) => e.message).sort()).toEqual([
      'Remote.HTTP("busy"): POST /b answered 503 Service Unavailable: maintenance',
      `Remote.HTTP("down"): POST /a failed: connect ECONNREFUSED 127.0.0.1:${port}`,
    ]);
    expect((await call(sim, "GET", "/api/v1/triggers")).status).toBe(200);
  });

  it("fires REMOTE_RESPONSE on the requesting trigger with status, headers, body and context; settle waits for what it sends", async () => {
    target = await targetServer();
    target.answer = (r) =>
      r.path === "/ask"
        ? {
            status: 201,
            headers: { "Set-Cookie": ["a=1", "b=2"], "X-Key": "SEC-9" },
            body: '{"key":"SEC-9"}',
          }
        : { status: 204 };
    sim = await startSimulatedAppliance({ seed: { detections: 0 } });
    sim.setOdsTargets([
      { name: "api", type: "http", host: "127.0.0.1", port: target.port, protocol: "http" },
    ]);
    const body = [
      'if (event === "REMOTE_RESPONSE") {',
      "  var r = Remote.response;",
      '  log(r.statusCode + " " + r.body.toString() + " " + r.headers["Set-Cookie"][1] + " " + r.headers["X-Key"] + " " + JSON.stringify(r.context));',
      '  Remote.HTTP("api").post({ path: "/follow-up" });',
      "} else {",
      '  Remote.HTTP("api").post({ path: "/ask", enableResponseEvent: true, context: { detection: Detection.id } });',
      '  Remote.HTTP("api").post({ path: "/quiet" });',
      "}",
    ].join("\n");
    await deploy(sim, "asker", body, { events: ["DETECTION_UPDATE", "REMOTE_RESPONSE"] });
    await deploy(sim, "bystander", 'if (event === "REMOTE_RESPONSE") log("not mine");', {
      events: ["DETECTION_UPDATE", "REMOTE_RESPONSE"],
    });
    const d = sim.createDetection(DETECTION);
    const settled = await call(sim, "POST", "/ehtrig/settle");
    expect(settled.status).toBe(204);
    expect(messages(sim, "asker")).toEqual([`201 {"key":"SEC-9"} b=2 SEC-9 {"detection":${d.id}}`]);
    expect(messages(sim, "bystander")).toEqual([]);
    expect(target.received.map((r) => r.path)).toEqual(["/ask", "/quiet", "/follow-up"]);
  });

  it("validates targets with every problem named, and keeps them in the state file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ehtrig-sim-targets-"));
    dirs.push(dir);
    const stateFile = join(dir, "state.json");
    sim = await startSimulatedAppliance({ stateFile, seed: { detections: 0 } });
    const bad = await call(sim, "PUT", "/ehtrig/odstargets", [
      { name: "a", type: "http", host: "127.0.0.1", port: 70000, protocol: "ftp" },
      { name: "b", type: "http", host: "h", port: 1, protocol: "http", additional_header: "no colon" },
      { name: "b", type: "syslog" },
    ]);
    expect(bad.status).toBe(400);
    const text = String((bad.body as { error_message: string }).error_message);
    expect(text).toMatch(/\[0\]\.port/);
    expect(text).toMatch(/\[0\]\.protocol/);
    const dup = await call(sim, "PUT", "/ehtrig/odstargets", [
      { name: "b", type: "http", host: "h", port: 1, protocol: "http", additional_header: "no colon" },
      { name: "b", type: "syslog" },
    ]);
    expect(dup.body).toMatchObject({ codes: ["EH801", "EH802"] });
    expect((await call(sim, "GET", "/ehtrig/odstargets")).body).toEqual([]);
    const good = [{ name: "siem", type: "syslog", host: "127.0.0.1", port: 514 }];
    expect((await call(sim, "PUT", "/ehtrig/odstargets", good)).status).toBe(200);
    await sim.close();
    expect(JSON.parse(readFileSync(stateFile, "utf8")).odsTargets).toEqual(good);
    sim = await startSimulatedAppliance({ stateFile });
    expect(sim.odsTargets()).toEqual(good);
  });

  it("records Remote.Syslog and Remote.Kafka calls to configured targets without sending them", async () => {
    sim = await startSimulatedAppliance({
      seed: { detections: 0 },
      odsTargets: [
        { name: "siem", type: "syslog", host: "127.0.0.1", port: 514 },
        { name: "bus", type: "kafka" },
      ],
    });
    await deploy(
      sim,
      "streams",
      'Remote.Syslog("siem").info("hello");\nRemote.Kafka("bus").send("topic", "m");\nlog("ok");',
    );
    sim.createDetection(DETECTION);
    await sim.settle();
    expect(messages(sim, "streams")).toEqual(["ok"]);
    expect(sim.deliveries).toEqual([]);
  });
});
