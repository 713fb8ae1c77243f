/**
 * TLS certificates near expiry: on every TLS handshake the server certificate's remaining
 * validity is measured against packet time. A certificate with less than WARN_DAYS left, or
 * already expired, commits a detection on the server, one per certificate and day (the
 * certificate's SHA-256 fingerprint is the identity), and the days left go into a dataset metric.
 */
export const trigger = {
  name: "TLS certificates near expiry",
  events: ["SSL_OPEN"],
  description: "Raises a detection when a server presents a certificate that expires soon or has expired.",
} satisfies TriggerConfig;

const WARN_DAYS = 14;
const DAY_MS = 86_400_000;

const cert = SSL.certificate;
if (cert) {
  const daysLeft = Math.floor((cert.notAfter * 1000 - getTimestamp()) / DAY_MS);
  const server = Flow.server.ipaddr.toString();
  Flow.server.device.metricAddDataset("tls-cert-days-left", Math.max(daysLeft, 0));
  if (daysLeft < WARN_DAYS) {
    const expired = daysLeft < 0;
    const name = SSL.host || cert.subject;
    commitDetection(expired ? "tls_certificate_expired" : "tls_certificate_expiring", {
      title: expired
        ? `Expired TLS certificate on ${name}`
        : `TLS certificate of ${name} expires in ${daysLeft} days`,
      description:
        `The server **${server}** presented \`${cert.subject}\` (issuer \`${cert.issuer}\`), valid until ` +
        `${new Date(cert.notAfter * 1000).toUTCString()}.` +
        (expired ? " Clients that check validity refuse it." : " Renew it before clients start refusing it."),
      riskScore: expired ? 50 : 20,
      participants: [Flow.server.victim],
      identityKey: cert.fingerprintSHA256,
      identityTtl: "day",
    });
  }
}
