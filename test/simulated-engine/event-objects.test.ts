/**
 * Event objects built from fixtures: Flow.store across the events of one flow, the protocol
 * classes' methods, certificates, headers, devices, the datastore values of METRIC_RECORD_COMMIT,
 * and methods the harness does not model. Every case runs on node:vm and on the ES5 interpreter
 * and must agree (compareEngines).
 */
import { describe, expect, it } from "vitest";
import { EVENT_NAMES } from "../../build/engine/events.ts";
import { compareEngines, type EventStep } from "../../simulated-engine/compare.ts";
import {
  alertRecord,
  dataset,
  dnsAnswer,
  dnsTransaction,
  flowFixture,
  flowTurn,
  httpTransaction,
  ipaddr,
  metricCycle,
  metricRecord,
  newDevice,
  payload,
  sampleInput,
  sampleset,
  sslCertificate,
  sslSession,
  tcpConnection,
  topnset,
} from "../../simulated-engine/fixtures/index.ts";
import { loadScript } from "../../simulated-engine/load.ts";
import { logLines, type TriggerRun } from "../../simulated-engine/run.ts";

let n = 0;

/** Runs `body` (ES5) on both engines; returns the vm runs after checking the interpreter agrees. */
function both(body: string, events: string[], steps: EventStep[]): TriggerRun[] {
  const result = compareEngines(
    { id: `objects-${++n}`, events, debug: true, script: `(function () {\n${body}\n})();\n` },
    steps,
    { targets: {} },
  );
  expect(result.differences).toEqual([]);
  return result.vm;
}

describe("Flow.store", () => {
  const body = `
if (event === "HTTP_REQUEST") { Flow.store.uri = HTTP.uri; Flow.store.seen = (Flow.store.seen || 0) + 1; Flow.store.list = [1, { a: 2 }]; return; }
debug("uri=" + Flow.store.uri + " seen=" + Flow.store.seen + " list=" + JSON.stringify(Flow.store.list));`;

  it("persists across the events of one flow and is fresh for another flow", () => {
    const flow = flowFixture();
    const other = flowFixture();
    const runs = both(
      body,
      ["HTTP_REQUEST", "HTTP_RESPONSE"],
      [
        ["HTTP_REQUEST", { HTTP: httpTransaction({ uri: "/a" }), Flow: flow }],
        ["HTTP_REQUEST", { HTTP: httpTransaction({ uri: "/b" }), Flow: flow }],
        ["HTTP_RESPONSE", { HTTP: httpTransaction(), Flow: flow }],
        ["HTTP_RESPONSE", { HTTP: httpTransaction(), Flow: other }],
        ["HTTP_RESPONSE", { HTTP: httpTransaction() }],
      ],
    );
    expect(logLines(runs[2])).toEqual(['uri=/b seen=2 list=[1,{"a":2}]']);
    expect(logLines(runs[3])).toEqual(["uri=undefined seen=undefined list=undefined"]);
    // (the same line again within 30 s: recorded, but suppressed as the sensor does)
    expect(runs[4].logs.map((l) => l.message)).toEqual(["uri=undefined seen=undefined list=undefined"]);
  });

  it("gives each flowFixture() its own id, and keeps an id given in full", () => {
    expect(flowFixture().id).not.toBe(flowFixture().id);
    expect(flowFixture({ id: "f-1" }).id).toBe("f-1");
  });

  it("is a writable object while the rest of Flow stays read-only", () => {
    const runs = both(
      `Flow.store.x = 1; try { Flow.client = null; } catch (e) { debug(e.name); } debug(typeof Flow.store + " " + Flow.store.x);`,
      ["TCP_OPEN"],
      [["TCP_OPEN", { TCP: tcpConnection(), Flow: flowFixture() }]],
    );
    expect(logLines(runs[0])).toEqual(["TypeError", "object 1"]);
  });

  it("MetricCycle.store persists per cycle id", () => {
    const runs = both(
      `MetricCycle.store.n = (MetricCycle.store.n || 0) + 1; debug(MetricCycle.id + " " + MetricCycle.store.n);`,
      ["METRIC_RECORD_COMMIT"],
      [
        ["METRIC_RECORD_COMMIT", { MetricRecord: metricRecord(), MetricCycle: metricCycle() }],
        ["METRIC_RECORD_COMMIT", { MetricRecord: metricRecord(), MetricCycle: metricCycle() }],
        ["METRIC_RECORD_COMMIT", { MetricRecord: metricRecord(), MetricCycle: metricCycle({ id: "5min" }) }],
      ],
    );
    expect(runs.map(logLines)).toEqual([["30sec 1"], ["30sec 2"], ["5min 1"]]);
  });
});

describe("flow endpoints", () => {
  it("give addresses, devices and sender/receiver by the event's direction", () => {
    const body = `debug(Flow.client.ipaddr.isRFC1918 + " " + Flow.client.device.id + " " + Flow.sender.port + ">" + Flow.receiver.port + " " + Flow.server.offender.addr);`;
    const flow = flowFixture({
      client: { ipaddr: "10.0.0.7", port: 50000 },
      server: { ipaddr: "203.0.113.5" },
    });
    const runs = both(
      body,
      ["HTTP_REQUEST", "HTTP_RESPONSE"],
      [
        ["HTTP_REQUEST", { HTTP: httpTransaction(), Flow: flow }],
        ["HTTP_RESPONSE", { HTTP: httpTransaction(), Flow: flow }],
      ],
    );
    expect(logLines(runs[0])).toEqual(["true client-0a000517 50000>443 203.0.113.5"]);
    expect(logLines(runs[1])).toEqual(["true client-0a000517 443>50000 203.0.113.5"]);
  });

  it("pass their participant references into commitDetection() alike on both engines", () => {
    const runs = both(
      `commitDetection("x", { title: "t", description: "d", participants: [Flow.client.offender, Flow.server.victim] });`,
      ["TCP_OPEN"],
      [
        [
          "TCP_OPEN",
          {
            Flow: flowFixture({
              client: { ipaddr: "10.0.0.7" },
              server: { victim: { kind: "device", id: 4 } },
            }),
          },
        ],
      ],
    );
    expect(runs[0].detections[0].options.participants).toEqual([
      { kind: "ipaddr", addr: "10.0.0.7", role: "offender" },
      { kind: "device", id: 4 },
    ]);
  });

  it("give FLOW_TURN its Turn and FLOW_TICK its per-flow TCP counters", () => {
    const runs = both(
      `if (event === "FLOW_TURN") debug(Turn.processingTime + " " + Turn.rspSize + " " + Flow.client.port); else debug(TCP.retransBytes + " " + Flow.id);`,
      ["FLOW_TURN", "FLOW_TICK"],
      [
        [
          "FLOW_TURN",
          { Turn: flowTurn({ processingTime: 80 }), Flow: flowFixture({ client: { port: 40000 } }) },
        ],
        ["FLOW_TICK", { TCP: tcpConnection({ retransBytes: 1_460 }), Flow: flowFixture({ id: "tick-1" }) }],
      ],
    );
    expect(runs.map(logLines)).toEqual([["80 18432 40000"], ["1460 tick-1"]]);
  });

  it("commit their records on FLOW_RECORD", () => {
    const runs = both(
      `Flow.client.commitRecord(); Flow.commitRecord2(); Flow.commitRecord2();`,
      ["FLOW_RECORD"],
      [["FLOW_RECORD", { Flow: flowFixture({ client: { record: { bytes: 10 } }, record2: { bytes: 20 } }) }]],
    );
    expect(runs[0].records).toEqual([
      { id: "~flow", record: { bytes: 10 } },
      { id: "~flow", record: { bytes: 20 } },
    ]);
  });
});

describe("protocol methods", () => {
  it("HTTP: headers by index and by name, findHeaders, parseQuery, commitRecord once", () => {
    const body = `
debug(HTTP.headers.length + " " + HTTP.headers[1].name + " " + HTTP.headers["x-trace-id"] + " " + HTTP.headers.Accept);
var h = HTTP.findHeaders("x-");
debug(h.length + " " + h[0].value + " " + h[1].name);
var q = HTTP.parseQuery("a=1&b=x+y&a=%2F");
debug(q.a.join(",") + " " + q.b);
HTTP.commitRecord(); HTTP.commitRecord();`;
    const runs = both(
      body,
      ["HTTP_RESPONSE"],
      [
        [
          "HTTP_RESPONSE",
          {
            HTTP: httpTransaction({
              headers: [
                { name: "Accept", value: "*/*" },
                { name: "X-Trace-Id", value: "t-1" },
                { name: "X-Forwarded-For", value: "198.51.100.2" },
              ],
              record: { statusCode: 200 },
            }),
          },
        ],
      ],
    );
    expect(logLines(runs[0])).toEqual(["3 X-Trace-Id t-1 */*", "2 t-1 X-Forwarded-For", "1,/ x y"]);
    expect(runs[0].records).toEqual([{ id: "~http", record: { statusCode: 200 } }]);
  });

  it("DNS: answers carry IPAddress data, answersInclude matches names and addresses", () => {
    const body = `
var a = DNS.answers[0];
debug(a.data.isRFC1918 + " " + a.ttl + " " + DNS.answersInclude("CDN.example") + " " + DNS.answersInclude(new IPAddress("10.1.1.1")) + " " + DNS.answersInclude("nope.example"));`;
    const runs = both(
      body,
      ["DNS_RESPONSE"],
      [
        [
          "DNS_RESPONSE",
          {
            DNS: dnsTransaction({
              answers: [
                dnsAnswer("www.example", "A", "10.1.1.1", 60),
                dnsAnswer("www.example", "CNAME", "cdn.example"),
              ],
            }),
          },
        ],
      ],
    );
    expect(logLines(runs[0])).toEqual(["true 60 true true false"]);
  });

  it("DNS.answersInclude is not there on DNS_REQUEST, as on the sensor", () => {
    const runs = both(
      `DNS.answersInclude("x");`,
      ["DNS_REQUEST"],
      [["DNS_REQUEST", { DNS: dnsTransaction() }]],
    );
    expect(runs[0].error?.message).toBe(
      "DNS.answersInclude is not available on DNS_REQUEST (only on DNS_RESPONSE)",
    );
  });

  it("SSL: certificate fields, extension data, and the certificate's extension lookup", () => {
    const body = `
var c = SSL.certificate;
debug(c.subject + " " + (c.notAfter - c.notBefore) / 86400 + " " + SSL.certificates.length);
debug(SSL.hasClientExtension("server_name") + " " + SSL.hasClientExtension(16) + " " + SSL.getClientExtensionData(0).decode("utf-8") + " " + SSL.getServerExtensionData("alpn"));
debug(c.getExtensionDataByOID("2.5.29.17").decode("utf-8") + " " + c.getExtensionDataByOID("1.2.3") + " " + SSL.clientExtensions[0].name + " " + SSL.clientExtensions[0].data);`;
    const runs = both(
      body,
      ["SSL_OPEN"],
      [
        [
          "SSL_OPEN",
          {
            SSL: sslSession({
              certificate: sslCertificate({
                subject: "CN=a.example",
                extensions: { "2.5.29.17": "a.example" },
              }),
            }),
          },
        ],
      ],
    );
    expect(logLines(runs[0])).toEqual([
      "CN=a.example 365 1",
      "true false intranet.example.com null",
      "a.example null server_name undefined",
    ]);
  });

  it("TCP.getOption, and payload fixtures as Buffers", () => {
    const runs = both(
      `debug(TCP.getOption(2).value + " " + TCP.getOption(8));`,
      ["TCP_OPEN"],
      [["TCP_OPEN", { TCP: tcpConnection(), Flow: flowFixture({ client: { payload: payload("hi") } }) }]],
    );
    expect(logLines(runs[0])).toEqual(["1460 null"]);
  });

  it("AJP headers, DHCP options, QUIC extensions, NetFlow fields and NetFlow's metric owners", () => {
    const ajp = both(
      `debug(AJP.findHeaders("x-")[0].value + " " + AJP.headers["x-id"]);`,
      ["AJP_REQUEST"],
      [["AJP_REQUEST", { AJP: { headers: { "X-Id": "7" } } }]],
    );
    expect(logLines(ajp[0])).toEqual(["7 7"]);
    const dhcp = both(
      `debug(DHCP.getOption(12).payload + " " + DHCP.getOption(99));`,
      ["DHCP_REQUEST"],
      [["DHCP_REQUEST", { DHCP: { options: [{ code: 12, name: "hostname", payload: "printer-3" }] } }]],
    );
    expect(logLines(dhcp[0])).toEqual(["printer-3 null"]);
    const quic = both(
      `debug(QUIC.hasClientExtension("server_name") + " " + QUIC.getClientExtensionData(0).decode("utf-8"));`,
      ["QUIC_OPEN"],
      [["QUIC_OPEN", { QUIC: { clientExtensions: [{ id: 0, name: "server_name", data: "q.example" }] } }]],
    );
    expect(logLines(quic[0])).toEqual(["true q.example"]);
    const netflow = both(
      `debug(NetFlow.findField(8) + " " + NetFlow.findField(8, 9) + " " + NetFlow.hasField(12) + " " + NetFlow.findField(12)); FlowInterface.metricAddCount("nf-records", 1);`,
      ["NETFLOW_RECORD"],
      [["NETFLOW_RECORD", { NetFlow: { fields: [{ fieldID: 8, value: "10.0.0.7" }] } }]],
    );
    expect(logLines(netflow[0])).toEqual(["10.0.0.7 null false null"]);
    expect(netflow[0].metrics).toMatchObject([
      { owner: "FlowInterface", method: "metricAddCount", name: "nf-records" },
    ]);
  });

  it("a method the harness does not model throws, saying so", () => {
    const runs = both(`Flow.captureStart("x");`, ["TCP_OPEN"], [["TCP_OPEN", { Flow: flowFixture() }]]);
    expect(runs[0].error?.message).toBe(
      "Flow.captureStart() is not modelled by the ehtrig harness (see docs/fidelity.md)",
    );
  });
});

describe("discovery and datastore events", () => {
  it("NEW_DEVICE gives a Device with its discovery fields and metric methods", () => {
    const runs = both(
      `var d = Discover.device; debug(d.id + " " + d.hwaddr + " " + d.ipaddrs[0].isRFC1918); d.metricAddCount("seen", 1);`,
      ["NEW_DEVICE"],
      [["NEW_DEVICE", { Discover: newDevice({ id: "dev-1" }) }]],
    );
    expect(logLines(runs[0])).toEqual(["dev-1 00:1b:21:3a:4f:5e true"]);
    expect(runs[0]).toMatchObject({
      metrics: [{ owner: "Device dev-1", method: "metricAddCount", name: "seen" }],
    });
  });

  it("MetricRecord fields: topnset lookups, dataset percentiles, sampleset statistics", () => {
    const body = `
var f = MetricRecord.fields;
var top = f.rsp_by_client;
debug(top.entries.length + " " + top.lookup("alice") + " " + top.lookup(new IPAddress("10.0.0.9")) + " " + top.lookup("nobody"));
debug(top.findKeys({ type: "string" }).length + " " + top.findEntries("bob")[0].value + " " + MetricRecord.object.id);
debug(f.latency.percentile(50) + " " + f.latency.percentile([90, 100]).join(",") + " " + f.sizes.mean + " " + f.count);`;
    const runs = both(
      body,
      ["METRIC_RECORD_COMMIT"],
      [
        [
          "METRIC_RECORD_COMMIT",
          {
            MetricRecord: metricRecord({
              object: { device: "dev-9" },
              fields: {
                rsp_by_client: topnset([
                  ["alice", 40],
                  ["bob", 7],
                  [ipaddr("10.0.0.9"), 3],
                ]),
                latency: dataset([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]),
                sizes: sampleset([100, 200, 300]),
                count: 12,
              },
            }),
            MetricCycle: metricCycle(),
          },
        ],
      ],
    );
    expect(logLines(runs[0])).toEqual(["3 40 3 null", "2 7 dev-9", "50 90,100 200 12"]);
  });

  it("ALERT_RECORD_COMMIT gives the alert and the device it is about", () => {
    const runs = both(
      `debug(AlertRecord.name + " " + AlertRecord.severityLevel + " " + AlertRecord.object.id);`,
      ["ALERT_RECORD_COMMIT"],
      [["ALERT_RECORD_COMMIT", { AlertRecord: alertRecord() }]],
    );
    expect(logLines(runs[0])).toEqual(["HTTP 5xx rate high 4 0a00010a00000000"]);
  });
});

describe("Flow.store between tests", () => {
  const t = loadScript(
    {
      id: "store-reset",
      events: ["TCP_OPEN"],
      debug: true,
      script: `(function () { debug("n=" + (Flow.store.n = (Flow.store.n || 0) + 1)); })();`,
    },
    { targets: {} },
  );
  const flow = flowFixture({ id: "kept-id" });

  it("counts up within a test", () => {
    expect(logLines(t.fire("TCP_OPEN", { Flow: flow }))).toEqual(["n=1"]);
    expect(logLines(t.fire("TCP_OPEN", { Flow: flow }))).toEqual(["n=2"]);
  });

  it("starts empty after reset() (the preset calls it after each test), for the same flow id", () => {
    t.reset();
    expect(logLines(t.fire("TCP_OPEN", { Flow: flow }))).toEqual(["n=1"]);
  });
});

describe("invalid fixtures", () => {
  const t = loadScript(
    { id: "bad-fixture", events: ["DNS_RESPONSE"], script: "(function () {})();" },
    { targets: {} },
  );

  it("fail the test with EH920, naming the field, before the trigger runs", () => {
    expect(() => t.fire("DNS_RESPONSE", { Flow: flowFixture({ client: { ipaddr: "10.0.0.300" } }) })).toThrow(
      /EH920.*DNS_RESPONSE input: Flow\.client\.ipaddr: "10\.0\.0\.300" is not an IP address/s,
    );
    expect(() =>
      t.fire("DNS_RESPONSE", { DNS: { answers: [dnsAnswer("a.example", "A", "not-an-address")] } }),
    ).toThrow(/EH920.*DNS\.answers\[0\]\.data/s);
  });
});

describe("sampleInput()", () => {
  it("gives every event an input the harness accepts, with a builder fixture for each class it has one for", () => {
    for (const event of EVENT_NAMES) {
      const t = loadScript(
        { id: `sample-${event}`, events: [event], script: "(function () {})();" },
        { targets: {} },
      );
      const input = sampleInput(event) as Record<string, unknown>;
      const run = t.fire(event, input);
      expect(run.error, event).toBeNull();
      t.dispose();
    }
    expect(Object.keys(sampleInput("SIP_REQUEST")).sort()).toEqual(["Flow", "SIP"]);
    expect(Object.keys(sampleInput("METRIC_RECORD_COMMIT")).sort()).toEqual(["MetricCycle", "MetricRecord"]);
    expect(Object.keys(sampleInput("TIMER_30SEC"))).toEqual([]);
  });
});
