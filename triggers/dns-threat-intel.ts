/**
 * DNS answers checked against threat intelligence: on every DNS response, the name asked about and
 * each address in the answer are looked up with ThreatIntel. A hit commits one detection per
 * client and indicator (consolidated for a day), with the client as the offender, and counts the
 * hit on the client device.
 */
export const trigger = {
  name: "DNS answers on threat intelligence",
  events: ["DNS_RESPONSE"],
  description: "Commits a detection when a client resolves a listed domain or gets a listed address back.",
} satisfies TriggerConfig;

interface Indicator {
  kind: "domain" | "address";
  value: string;
}

/** Listed indicators of this response: the queried name, then each answered address. */
function listedIndicators(): Indicator[] {
  const found: Indicator[] = [];
  if (DNS.qname !== null && ThreatIntel.hasDomain(DNS.qname))
    found.push({ kind: "domain", value: DNS.qname });
  for (let i = 0; i < DNS.answers.length; i++) {
    // A and AAAA answers carry an IPAddress; the other record types carry text or null.
    const data = DNS.answers[i].data;
    if (data !== null && typeof data !== "string" && ThreatIntel.hasIP(data))
      found.push({ kind: "address", value: data.toString() });
  }
  return found;
}

if (ThreatIntel.isAvailable && DNS.errorNum === 0) {
  const client = Flow.client.ipaddr.toString();
  const hits = listedIndicators();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    commitDetection("dns_threat_intel_hit", {
      title: `Threat intelligence hit in DNS: ${hit.value}`,
      description:
        hit.kind === "domain"
          ? `The client **${client}** resolved \`${hit.value}\`, a domain listed by threat intelligence.`
          : `The client **${client}** resolved \`${DNS.qname}\` to \`${hit.value}\`, an address listed by threat intelligence.`,
      riskScore: hit.kind === "domain" ? 60 : 70,
      participants: [Flow.client.offender],
      identityKey: `${client}|${hit.value}`,
      identityTtl: "day",
    });
    Flow.client.device.metricAddDetailCount("dns-threat-intel-hits", hit.value, 1);
  }
}
