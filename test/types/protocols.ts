// Compile-only checks of a sample of the protocol and datastore classes: documented types,
// nullability and nested shapes, the way real triggers use them.

// DNS: answers are typed records; qname may be null.
if (event === "DNS_RESPONSE") {
  // Index loops, not for-of: under lib es5, TypeScript 5 has no iterator for arrays.
  for (let i = 0; i < DNS.answers.length; i++) {
    const answer = DNS.answers[i];
    const data = answer.data;
    if (data instanceof IPAddress && ThreatIntel.hasIP(data)) debug(answer.name + " " + answer.ttl);
  }
  if (DNS.answersInclude("evil.example")) debug(DNS.error + DNS.errorNum);
}
const qname = DNS.qname;
// @ts-expect-error -- qname is null for UPDATE messages
DNS.qname.toLowerCase();
if (qname !== null && ThreatIntel.hasDomain(qname)) debug(qname);

// TLS certificates.
const cert = SSL.certificate;
if (cert) {
  const daysLeft: number = (cert.notAfter * 1000 - getTimestamp()) / 86400000;
  const cn: string = cert.subjectDistinguishedName.commonName;
  const sans: readonly string[] = cert.subjectAlternativeNames;
  const ext = cert.getExtensionDataByOID("2.5.29.17");
  if (daysLeft < 14 && ext !== null) debug(cn + sans.join(","));
}
const ja3: string | null = SSL.ja3Hash;
if (SSL.hasClientExtension("server_name")) debug(SSL.getClientExtensionData(0)?.toString("hex") ?? "");

// TCP: per-side members through TCP.client / TCP.server.
const synOptions = TCP.client.options;
const mss = TCP.server.getOption(2);
if (mss !== null) debug("mss kind " + mss.kind);
const isn: number = TCP.client.initSeqNum + TCP.initSeqNum1;
// @ts-expect-error -- per-side members are not on TCP itself
TCP.initSeqNum;

// CIFS, DB, LDAP, SMTP.
if (CIFS.isCommandWrite && CIFS.user) Device.metricAddDetailCount("smb-writes", CIFS.user, 1);
const os: string | null = CIFS.nativeOS;
for (let i = 0; i < DB.params.length; i++) debug(DB.params[i].name + "=" + DB.params[i].value);
const dbErrors: readonly string[] = DB.errors;
const results = LDAP.searchResults;
for (let i = 0; i < results.length; i++) debug(results[i].type + results[i].values.length);
const rcpt: readonly string[] = SMTP.recipientList;
const smtpHeader = SMTP.headers["Subject"];

// VoIP: SIP headers, RTP quality, SDP.
const via = SIP.findHeaders("Via");
const mos: number = RTP.mos;
const media = SDP.mediaDescriptions.length > 0 ? SDP.mediaDescriptions[0].mediaTitle : "";

// NetFlow with flow interfaces and networks.
NetFlow.ingressInterface.metricAddCount("bytes-in", NetFlow.deltaBytes);
FlowInterface.metricAddCount("records", 1);
FlowNetwork.metricAddCount("records", 1);
const exporter: FlowNetwork = new FlowNetwork(NetFlow.network.id);
const field = NetFlow.findField(8);
if (NetFlow.hasField(12) && field instanceof IPAddress) debug(field.toString());

// Datastore: MetricRecord fields are counts or datastore values.
const value = MetricRecord.fields["rsp"];
if (typeof value === "number") debug("count " + value);
else if ("percentile" in value) {
  const p99: number = value.percentile(99);
  const several: number[] = value.percentile(50, 95, 99);
  debug("" + p99 + several.length);
} else if ("entries" in value) {
  for (let i = 0; i < value.entries.length; i++) debug(value.entries[i].key.type);
} else {
  const mean: number = value.mean + value.sigma;
  debug("" + mean);
}
if (MetricRecord.object instanceof Device) MetricRecord.object.metricAddCount("seen", 1);
const cycleLength: number = MetricCycle.interval.until - MetricCycle.interval.from;
const severity: AlertSeverityName = AlertRecord.severityName;
// @ts-expect-error -- severity levels run from 0 to 7
const badLevel: typeof AlertRecord.severityLevel = 8;

// Engine objects stay read-only.
// @ts-expect-error -- protocol properties are read-only
DNS.qname = "x";

export {
  synOptions,
  isn,
  os,
  dbErrors,
  rcpt,
  smtpHeader,
  via,
  mos,
  media,
  exporter,
  cycleLength,
  severity,
  badLevel,
  ja3,
};
