/**
 * LDAP simple binds in cleartext: a bind without TLS and without SASL sends the password as it
 * is, readable by anyone on the path. Each such bind with a password commits a detection (one per
 * client and account a day) with the client as offender; binds with an empty password (anonymous
 * or unauthenticated binds) are counted on the directory server.
 */
export const trigger = {
  name: "LDAP cleartext binds",
  events: ["LDAP_REQUEST"],
  description: "Flags LDAP simple binds that send a password without TLS; counts anonymous binds.",
} satisfies TriggerConfig;

if (LDAP.method === "BindRequest" && !LDAP.isEncrypted && !LDAP.saslMechanism) {
  const client = Flow.client.ipaddr.toString();
  const account = LDAP.bindDN || "<ROOT>";
  if (LDAP.isPasswordEmpty) {
    Flow.server.device.metricAddDetailCount("ldap-anonymous-binds", client, 1);
  } else {
    commitDetection("ldap_cleartext_bind", {
      title: `Cleartext LDAP bind by ${account}`,
      description: `**${client}** sent the password of \`${account}\` to the directory server ${Flow.server.ipaddr} in a simple bind without TLS.`,
      riskScore: 40,
      participants: [Flow.client.offender, Flow.server.victim],
      identityKey: `${client}|${account}`,
      identityTtl: "day",
    });
  }
}
