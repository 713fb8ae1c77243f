// Compile-only checks of fire()'s input types: each event takes fixtures for its own classes
// only, field by field as the reference names them, so a typo fails to compile. Never run.
import {
  dnsAnswer,
  dnsTransaction,
  flowFixture,
  httpTransaction,
  ipaddr,
  metricRecord,
  sslCertificate,
  sslSession,
  topnset,
  type LoadedTrigger,
} from "ehtrig/testing";

declare const t: LoadedTrigger;

// Correct inputs compile.
t.fire("DNS_RESPONSE", {
  DNS: { qname: "evil.example", answers: [dnsAnswer("evil.example", "A", "203.0.113.9")] },
  Flow: flowFixture({ client: { ipaddr: ipaddr("10.0.0.7") } }),
  timestamp: 1_768_478_400_000,
});
t.fire("HTTP_RESPONSE", { HTTP: httpTransaction({ statusCode: 503, headers: { Server: "nginx" } }) });
t.fire("SSL_OPEN", { SSL: sslSession({ certificate: sslCertificate({ notAfter: 1_770_000_000 }) }) });
t.fire("METRIC_RECORD_COMMIT", {
  MetricRecord: metricRecord({ fields: { rsp_count: topnset([["10.0.0.7", 12]]) } }),
  MetricCycle: { id: "30sec" },
});
t.fire("TIMER_30SEC");
t.fire("DETECTION_UPDATE", { detection: {} });

// @ts-expect-error -- a misspelled field of DNS
t.fire("DNS_RESPONSE", { DNS: { qnmae: "evil.example" } });
// @ts-expect-error -- a misspelled class
t.fire("DNS_RESPONSE", { Dns: { qname: "evil.example" } });
// @ts-expect-error -- a field with the wrong type
t.fire("HTTP_RESPONSE", { HTTP: { statusCode: "503" } });
// @ts-expect-error -- a class the event does not provide
t.fire("HTTP_REQUEST", { DNS: { qname: "evil.example" } });
// @ts-expect-error -- no Flow on datastore events
t.fire("METRIC_RECORD_COMMIT", { Flow: flowFixture() });
// @ts-expect-error -- a misspelled field of a flow endpoint
t.fire("TCP_OPEN", { Flow: { client: { ipadr: "10.0.0.7" } } });
// @ts-expect-error -- a misspelled field of a certificate
t.fire("SSL_OPEN", { SSL: { certificate: { notAftr: 1 } } });
// @ts-expect-error -- a DNS answer without its record type
t.fire("DNS_RESPONSE", { DNS: { answers: [{ name: "a.example", data: null }] } });
// @ts-expect-error -- builders take the same fields
dnsTransaction({ qnmae: "evil.example" });
// @ts-expect-error -- the store belongs to the harness
t.fire("HTTP_REQUEST", { Flow: { store: {} } });
// @ts-expect-error -- an unknown event
t.fire("HTTP_REQEST", {});
// @ts-expect-error -- a metric field holds numbers and datastore values, not text
metricRecord({ fields: { rsp_count: "12" } });
