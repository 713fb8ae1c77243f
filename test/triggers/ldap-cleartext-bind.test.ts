/** ldap-cleartext-bind: cleartext simple binds into commitDetection; compiled trigger, both engines. */
import { describe, expect, it } from "vitest";
import { compareEngines, flowFixture, ldapTransaction, loadTrigger, type EventStep } from "ehtrig/testing";

const ldap = loadTrigger("ldap-cleartext-bind");
const flow = flowFixture({ client: { ipaddr: "10.0.5.23" }, server: { ipaddr: "10.0.0.5", port: 389 } });
const bind = (fields: Parameters<typeof ldapTransaction>[0]) =>
  ldapTransaction({ method: "BindRequest", bindDN: "cn=svc_backup,ou=svc,dc=example,dc=com", ...fields });

describe("ldap-cleartext-bind", () => {
  it("commits a detection for a simple bind with a password and no TLS", () => {
    const run = ldap.fire("LDAP_REQUEST", { LDAP: bind({}), Flow: flow });
    expect(run).not.toHaveThrown();
    expect(run).toHaveCommittedDetection("ldap_cleartext_bind", {
      title: "Cleartext LDAP bind by cn=svc_backup,ou=svc,dc=example,dc=com",
      riskScore: 40,
      identityKey: "10.0.5.23|cn=svc_backup,ou=svc,dc=example,dc=com",
      participants: [
        { kind: "ipaddr", addr: "10.0.5.23", role: "offender" },
        { kind: "ipaddr", addr: "10.0.0.5", role: "victim" },
      ],
    });
    expect(run.detections[0].options.description).toContain("directory server 10.0.0.5");
  });

  it("counts anonymous binds instead", () => {
    const run = ldap.fire("LDAP_REQUEST", { LDAP: bind({ bindDN: "", isPasswordEmpty: true }), Flow: flow });
    expect(run.detections).toEqual([]);
    expect(run).toHaveAddedMetric("Device server-0a00010a", "ldap-anonymous-binds", {
      key: "10.0.5.23",
      value: 1,
    });
  });

  it("leaves TLS, SASL and non-bind requests alone", () => {
    for (const fields of [{ isEncrypted: true }, { saslMechanism: "GSSAPI" }, { method: "SearchRequest" }]) {
      const run = ldap.fire("LDAP_REQUEST", { LDAP: bind(fields), Flow: flow });
      expect(run.detections).toEqual([]);
      expect(run.metrics).toEqual([]);
    }
  });

  it("runs the same on both engines", () => {
    const steps: EventStep[] = [
      ["LDAP_REQUEST", { LDAP: bind({}), Flow: flow }],
      ["LDAP_REQUEST", { LDAP: bind({ isPasswordEmpty: true }), Flow: flow }],
      ["LDAP_REQUEST", { LDAP: ldapTransaction(), Flow: flow }],
    ];
    expect(compareEngines("ldap-cleartext-bind", steps).differences).toEqual([]);
  });
});
