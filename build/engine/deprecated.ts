/**
 * Deprecated class members of the 26.2 reference (its "Deprecated API elements" page), for the
 * verifier. Deprecated globals are in globals.ts.
 *
 * Which ones the build refuses: the reference says the trigger editor's validator will not save
 * a trigger that uses a deprecated element. A member that the class page no longer lists has been
 * removed, so using it is an error, as in the editor. A member that the class page still
 * documents (ICA.application, NetFlow.tos, Turn.reqSize) keeps working for now and is a warning,
 * as are the cases the validator cannot see in the source text alone: a deprecated field of a
 * built-in record, a member deprecated on one event only, an option key of commitDetection().
 */
import { API_CLASSES } from "./api-members.ts";

export interface Deprecation {
  /** What to use instead, as shown in the diagnostic. */
  readonly replacement: string;
  /** Version that deprecated it. */
  readonly since: string;
  /** Only deprecated on these events (the member itself stays). */
  readonly onEvents?: readonly string[];
}

/** `Class.member` (or `Class.record.field`) → its replacement. */
export const DEPRECATED_MEMBERS: Readonly<Record<string, Deprecation>> = {
  "AAA.error": { replacement: "AAA.isError", since: "5.0" },
  "AAA.tprocess": { replacement: "AAA.processingTime", since: "5.2" },
  "AAA.record.protocol": { replacement: "the record's type field", since: "26.2" },
  "DB.tprocess": { replacement: "DB.processingTime", since: "5.2" },
  "Discover.vlan": { replacement: "nothing (NEW_VLAN no longer runs)", since: "6.1" },
  "DNS.tprocess": { replacement: "DNS.processingTime", since: "5.2" },
  "Flow.isClientAborted": { replacement: "Flow.client.isAborted", since: "3.10" },
  "Flow.isServerAborted": { replacement: "Flow.server.isAborted", since: "3.10" },
  "Flow.turnInfo": { replacement: "the Turn class on FLOW_TURN", since: "3.9" },
  "Flow.getApplication": { replacement: "Flow.getApplications()", since: "5.3" },
  "Flow.setApplication": { replacement: "Flow.addApplication()", since: "5.3" },
  "FTP.tprocess": { replacement: "FTP.processingTime", since: "5.2" },
  "HL7.tprocess": { replacement: "HL7.processingTime", since: "5.2" },
  "HTTP.payloadText": { replacement: "HTTP.payload", since: "4.0" },
  "HTTP.tprocess": { replacement: "HTTP.processingTime", since: "5.2" },
  "IBMMQ.messageID": { replacement: "IBMMQ.msgId", since: "5.2" },
  "IBMMQ.msgSize": { replacement: "IBMMQ.totalMsgLength", since: "5.2" },
  "IBMMQ.objectHandle": { replacement: "nothing", since: "5.0" },
  "IBMMQ.payload": { replacement: "IBMMQ.msg", since: "5.2" },
  "ICA.authTicket": { replacement: "ICA.user", since: "3.7" },
  "ICA.application": { replacement: "ICA.program", since: "5.2" },
  "ICA.client": { replacement: "ICA.clientMachine", since: "6.0" },
  "LDAP.tprocess": { replacement: "LDAP.processingTime", since: "5.2" },
  "MongoDB.roundTripTime": { replacement: "nothing", since: "25.2", onEvents: ["MONGODB_REQUEST"] },
  "MongoDB.tprocess": { replacement: "MongoDB.processingTime", since: "5.2" },
  "NetFlow.tos": { replacement: "NetFlow.dscp or NetFlow.dscpName", since: "6.1" },
  "NTLM.ntlmRspVersion": { replacement: "NTLM.rspVersion", since: "8.2" },
  "QUIC.cyuFingerprint": { replacement: "nothing", since: "9.6" },
  "QUIC.tags": { replacement: "nothing", since: "9.6" },
  "QUIC.record.cyuFingerprint": { replacement: "nothing", since: "9.6" },
  "Session.update": { replacement: "Session.replace()", since: "3.9" },
  "SMPP.tprocess": { replacement: "SMPP.processingTime", since: "5.2" },
  "SMTP.recipient": { replacement: "SMTP.recipientList", since: "7.5" },
  "SMTP.roundTripTime": { replacement: "nothing", since: "25.2", onEvents: ["SMTP_REQUEST"] },
  "SMTP.tprocess": { replacement: "SMTP.processingTime", since: "5.2" },
  "SSL.setApplication": { replacement: "SSL.addApplication()", since: "5.3" },
  "SSL.record.ja3Hash": { replacement: "SSL.ja3Hash", since: "9.7" },
  "SSL.record.ja3sHash": { replacement: "SSL.ja3sHash", since: "9.7" },
  "SSL.reqBytes": { replacement: "SSL.clientBytes", since: "6.1" },
  "SSL.reqL2Bytes": { replacement: "SSL.clientL2Bytes", since: "6.1" },
  "SSL.reqPkts": { replacement: "SSL.clientPkts", since: "6.1" },
  "SSL.rspBytes": { replacement: "SSL.serverBytes", since: "6.1" },
  "SSL.rspL2Bytes": { replacement: "SSL.serverL2Bytes", since: "6.1" },
  "SSL.rspPkts": { replacement: "SSL.serverPkts", since: "6.1" },
  "TCP.wndSize": { replacement: "TCP.client.initRcvWndSize / TCP.server.initRcvWndSize", since: "6.2" },
  "TCP.wndSize1": { replacement: "TCP.initRcvWndSize1", since: "6.2" },
  "TCP.wndSize2": { replacement: "TCP.initRcvWndSize2", since: "6.2" },
  "Turn.reqSize": { replacement: "Turn.clientBytes", since: "4.0" },
  "Turn.reqXfer": { replacement: "Turn.clientTransferTime", since: "4.0" },
  "Turn.respSize": { replacement: "Turn.serverBytes", since: "4.0" },
  "Turn.rspXfer": { replacement: "Turn.serverTransferTime", since: "4.0" },
  "Turn.tprocess": { replacement: "Turn.processingTime", since: "4.0" },
};

const DOCUMENTED: ReadonlySet<string> = new Set(
  API_CLASSES.flatMap((c) => [...c.properties, ...c.methods].map((m) => `${c.class}.${m.name}`)),
);

/**
 * True when the editor refuses the member, so the build must too: a `Class.member` that the
 * class page no longer documents. Record fields and event-specific deprecations only warn.
 */
export function isRefused(key: string): boolean {
  const d = DEPRECATED_MEMBERS[key];
  return !!d && !d.onEvents && key.split(".").length === 2 && !DOCUMENTED.has(key);
}
