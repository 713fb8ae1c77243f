/**
 * The event → class table of the ExtraHop Trigger API 26.2: which engine classes a trigger may
 * touch while a given event runs. This is the single source of truth for the verifier (free
 * identifiers), the harness (which globals exist per event), the `EventName` type check and the
 * fidelity docs.
 *
 * `flow` says whether the `Flow` global is there too: "documented" where the Flow reference's
 * endpoint table lists the event, "assumed" for the other protocol events (the reference says
 * Flow applies to "most L7 protocol events" without listing them), "none" for session,
 * datastore and general events and for the frame/record events of devices that are not flow
 * endpoints (CDP, LLDP, NetFlow and sFlow exporters), which the Flow reference does not list.
 *
 * Classes besides the event's own: TCP and UDP on FLOW_TICK/FLOW_TURN (their per-flow counters
 * are read there), MetricCycle on METRIC_RECORD_COMMIT (its store spans the cycle's commits), SDP
 * on the SIP events (the session description a SIP message carries), and the static metric
 * methods of FlowInterface and FlowNetwork on NETFLOW_RECORD.
 */
export type EventKind = "protocol" | "flow" | "general" | "datastore";
export type FlowAvailability = "documented" | "assumed" | "none";

export interface EventInfo {
  /** Classes that exist only while this event runs (besides Flow). */
  readonly classes: readonly string[];
  readonly kind: EventKind;
  readonly flow: FlowAvailability;
}

export const EVENTS = {
  AAA_REQUEST: { classes: ["AAA"], kind: "protocol", flow: "documented" },
  AAA_RESPONSE: { classes: ["AAA"], kind: "protocol", flow: "documented" },
  ACTIVEMQ_MESSAGE: { classes: ["ActiveMQ"], kind: "protocol", flow: "documented" },
  AJP_REQUEST: { classes: ["AJP"], kind: "protocol", flow: "documented" },
  AJP_RESPONSE: { classes: ["AJP"], kind: "protocol", flow: "documented" },
  ALERT_RECORD_COMMIT: { classes: ["AlertRecord"], kind: "datastore", flow: "none" },
  BACNET_MESSAGE: { classes: ["BACnet"], kind: "protocol", flow: "assumed" },
  CDP_FRAME: { classes: ["CDP"], kind: "protocol", flow: "none" },
  CIFS_REQUEST: { classes: ["CIFS"], kind: "protocol", flow: "documented" },
  CIFS_RESPONSE: { classes: ["CIFS"], kind: "protocol", flow: "documented" },
  DB_REQUEST: { classes: ["DB"], kind: "protocol", flow: "documented" },
  DB_RESPONSE: { classes: ["DB"], kind: "protocol", flow: "documented" },
  DETECTION_UPDATE: { classes: ["Detection"], kind: "general", flow: "none" },
  DHCP6_REQUEST: { classes: ["DHCP6"], kind: "protocol", flow: "assumed" },
  DHCP6_RESPONSE: { classes: ["DHCP6"], kind: "protocol", flow: "assumed" },
  DHCP_REQUEST: { classes: ["DHCP"], kind: "protocol", flow: "documented" },
  DHCP_RESPONSE: { classes: ["DHCP"], kind: "protocol", flow: "documented" },
  DICOM_REQUEST: { classes: ["DICOM"], kind: "protocol", flow: "documented" },
  DICOM_RESPONSE: { classes: ["DICOM"], kind: "protocol", flow: "documented" },
  DNP3_REQUEST: { classes: ["DNP3"], kind: "protocol", flow: "assumed" },
  DNP3_RESPONSE: { classes: ["DNP3"], kind: "protocol", flow: "assumed" },
  DNS_REQUEST: { classes: ["DNS"], kind: "protocol", flow: "documented" },
  DNS_RESPONSE: { classes: ["DNS"], kind: "protocol", flow: "documented" },
  EXTERNAL_DATA: { classes: ["ExternalData"], kind: "general", flow: "none" },
  FIX_REQUEST: { classes: ["FIX"], kind: "protocol", flow: "documented" },
  FIX_RESPONSE: { classes: ["FIX"], kind: "protocol", flow: "documented" },
  FLOW_CLASSIFY: { classes: ["Flow"], kind: "flow", flow: "documented" },
  FLOW_DETACH: { classes: ["Flow"], kind: "flow", flow: "documented" },
  FLOW_RECORD: { classes: ["Flow"], kind: "flow", flow: "documented" },
  FLOW_TICK: { classes: ["Flow", "TCP", "UDP"], kind: "flow", flow: "documented" },
  FLOW_TURN: { classes: ["Flow", "Turn", "TCP", "UDP"], kind: "flow", flow: "documented" },
  FTP_REQUEST: { classes: ["FTP"], kind: "protocol", flow: "documented" },
  FTP_RESPONSE: { classes: ["FTP"], kind: "protocol", flow: "documented" },
  HL7_REQUEST: { classes: ["HL7"], kind: "protocol", flow: "documented" },
  HL7_RESPONSE: { classes: ["HL7"], kind: "protocol", flow: "documented" },
  HTTP_REQUEST: { classes: ["HTTP"], kind: "protocol", flow: "documented" },
  HTTP_RESPONSE: { classes: ["HTTP"], kind: "protocol", flow: "documented" },
  IBMMQ_REQUEST: { classes: ["IBMMQ"], kind: "protocol", flow: "documented" },
  IBMMQ_RESPONSE: { classes: ["IBMMQ"], kind: "protocol", flow: "documented" },
  ICA_AUTH: { classes: ["ICA"], kind: "protocol", flow: "documented" },
  ICA_CLOSE: { classes: ["ICA"], kind: "protocol", flow: "documented" },
  ICA_OPEN: { classes: ["ICA"], kind: "protocol", flow: "documented" },
  ICA_TICK: { classes: ["ICA"], kind: "protocol", flow: "documented" },
  ICMP_MESSAGE: { classes: ["ICMP"], kind: "protocol", flow: "documented" },
  KERBEROS_REQUEST: { classes: ["Kerberos"], kind: "protocol", flow: "documented" },
  KERBEROS_RESPONSE: { classes: ["Kerberos"], kind: "protocol", flow: "documented" },
  LDAP_REQUEST: { classes: ["LDAP"], kind: "protocol", flow: "documented" },
  LDAP_RESPONSE: { classes: ["LDAP"], kind: "protocol", flow: "documented" },
  LLDP_FRAME: { classes: ["LLDP"], kind: "protocol", flow: "none" },
  LLMNR_REQUEST: { classes: ["LLMNR"], kind: "protocol", flow: "assumed" },
  LLMNR_RESPONSE: { classes: ["LLMNR"], kind: "protocol", flow: "assumed" },
  MEMCACHE_REQUEST: { classes: ["Memcache"], kind: "protocol", flow: "documented" },
  MEMCACHE_RESPONSE: { classes: ["Memcache"], kind: "protocol", flow: "documented" },
  METRIC_CYCLE_BEGIN: { classes: ["MetricCycle"], kind: "datastore", flow: "none" },
  METRIC_CYCLE_END: { classes: ["MetricCycle"], kind: "datastore", flow: "none" },
  METRIC_RECORD_COMMIT: { classes: ["MetricRecord", "MetricCycle"], kind: "datastore", flow: "none" },
  MODBUS_REQUEST: { classes: ["Modbus"], kind: "protocol", flow: "documented" },
  MODBUS_RESPONSE: { classes: ["Modbus"], kind: "protocol", flow: "documented" },
  MONGODB_REQUEST: { classes: ["MongoDB"], kind: "protocol", flow: "documented" },
  MONGODB_RESPONSE: { classes: ["MongoDB"], kind: "protocol", flow: "documented" },
  MSMQ_MESSAGE: { classes: ["MSMQ"], kind: "protocol", flow: "documented" },
  NETFLOW_RECORD: {
    classes: ["NetFlow", "FlowInterface", "FlowNetwork"],
    kind: "protocol",
    flow: "none",
  },
  NEW_APPLICATION: { classes: ["Discover"], kind: "general", flow: "none" },
  NEW_DEVICE: { classes: ["Discover"], kind: "general", flow: "none" },
  NFS_REQUEST: { classes: ["NFS"], kind: "protocol", flow: "documented" },
  NFS_RESPONSE: { classes: ["NFS"], kind: "protocol", flow: "documented" },
  NMF_RECORD: { classes: ["NMF"], kind: "protocol", flow: "assumed" },
  NTLM_MESSAGE: { classes: ["NTLM"], kind: "protocol", flow: "assumed" },
  NTP_MESSAGE: { classes: ["NTP"], kind: "protocol", flow: "assumed" },
  POP3_REQUEST: { classes: ["POP3"], kind: "protocol", flow: "documented" },
  POP3_RESPONSE: { classes: ["POP3"], kind: "protocol", flow: "documented" },
  QUIC_CLOSE: { classes: ["QUIC"], kind: "protocol", flow: "assumed" },
  QUIC_OPEN: { classes: ["QUIC"], kind: "protocol", flow: "assumed" },
  RDP_CLOSE: { classes: ["RDP"], kind: "protocol", flow: "documented" },
  RDP_OPEN: { classes: ["RDP"], kind: "protocol", flow: "documented" },
  RDP_TICK: { classes: ["RDP"], kind: "protocol", flow: "documented" },
  REDIS_REQUEST: { classes: ["Redis"], kind: "protocol", flow: "documented" },
  REDIS_RESPONSE: { classes: ["Redis"], kind: "protocol", flow: "documented" },
  REMOTE_RESPONSE: { classes: ["Remote"], kind: "general", flow: "none" },
  RFB_CLOSE: { classes: ["RFB"], kind: "protocol", flow: "assumed" },
  RFB_OPEN: { classes: ["RFB"], kind: "protocol", flow: "assumed" },
  RFB_TICK: { classes: ["RFB"], kind: "protocol", flow: "assumed" },
  RPC_REQUEST: { classes: ["RPC"], kind: "protocol", flow: "assumed" },
  RPC_RESPONSE: { classes: ["RPC"], kind: "protocol", flow: "assumed" },
  RTCP_MESSAGE: { classes: ["RTCP"], kind: "protocol", flow: "documented" },
  RTP_CLOSE: { classes: ["RTP"], kind: "protocol", flow: "documented" },
  RTP_OPEN: { classes: ["RTP"], kind: "protocol", flow: "documented" },
  RTP_TICK: { classes: ["RTP"], kind: "protocol", flow: "documented" },
  SCCP_MESSAGE: { classes: ["SCCP"], kind: "protocol", flow: "documented" },
  SESSION_EXPIRE: { classes: ["Session"], kind: "general", flow: "none" },
  SFLOW_RECORD: { classes: ["SFlow"], kind: "protocol", flow: "none" },
  SIP_REQUEST: { classes: ["SIP", "SDP"], kind: "protocol", flow: "documented" },
  SIP_RESPONSE: { classes: ["SIP", "SDP"], kind: "protocol", flow: "documented" },
  SLP_MESSAGE: { classes: ["SLP"], kind: "protocol", flow: "assumed" },
  SMPP_REQUEST: { classes: ["SMPP"], kind: "protocol", flow: "documented" },
  SMPP_RESPONSE: { classes: ["SMPP"], kind: "protocol", flow: "documented" },
  SMTP_OPEN: { classes: ["SMTP"], kind: "protocol", flow: "assumed" },
  SMTP_REQUEST: { classes: ["SMTP"], kind: "protocol", flow: "documented" },
  SMTP_RESPONSE: { classes: ["SMTP"], kind: "protocol", flow: "documented" },
  SNMP_MESSAGE: { classes: ["SNMP"], kind: "protocol", flow: "assumed" },
  SNMP_REQUEST: { classes: ["SNMP"], kind: "protocol", flow: "assumed" },
  SNMP_RESPONSE: { classes: ["SNMP"], kind: "protocol", flow: "assumed" },
  SOCKS_REQUEST: { classes: ["SOCKS"], kind: "protocol", flow: "assumed" },
  SOCKS_RESPONSE: { classes: ["SOCKS"], kind: "protocol", flow: "assumed" },
  SSH_CLOSE: { classes: ["SSH"], kind: "protocol", flow: "assumed" },
  SSH_OPEN: { classes: ["SSH"], kind: "protocol", flow: "assumed" },
  SSH_TICK: { classes: ["SSH"], kind: "protocol", flow: "assumed" },
  SSL_ALERT: { classes: ["SSL"], kind: "protocol", flow: "documented" },
  SSL_CLOSE: { classes: ["SSL"], kind: "protocol", flow: "documented" },
  SSL_HEARTBEAT: { classes: ["SSL"], kind: "protocol", flow: "documented" },
  SSL_OPEN: { classes: ["SSL"], kind: "protocol", flow: "documented" },
  SSL_PAYLOAD: { classes: ["SSL"], kind: "protocol", flow: "documented" },
  SSL_RECORD: { classes: ["SSL"], kind: "protocol", flow: "documented" },
  SSL_RENEGOTIATE: { classes: ["SSL"], kind: "protocol", flow: "documented" },
  TCP_CLOSE: { classes: ["TCP"], kind: "protocol", flow: "documented" },
  TCP_OPEN: { classes: ["TCP"], kind: "protocol", flow: "documented" },
  TCP_PAYLOAD: { classes: ["TCP"], kind: "protocol", flow: "documented" },
  TELNET_MESSAGE: { classes: ["Telnet"], kind: "protocol", flow: "documented" },
  TFTP_REQUEST: { classes: ["TFTP"], kind: "protocol", flow: "assumed" },
  TFTP_REQUESTS: { classes: ["TFTP"], kind: "protocol", flow: "assumed" },
  TFTP_RESPONSE: { classes: ["TFTP"], kind: "protocol", flow: "assumed" },
  TIMER_30SEC: { classes: ["Session"], kind: "general", flow: "none" },
  UDP_PAYLOAD: { classes: ["UDP"], kind: "protocol", flow: "documented" },
  WEBSOCKET_CLOSE: { classes: ["WebSocket"], kind: "protocol", flow: "documented" },
  WEBSOCKET_MESSAGE: { classes: ["WebSocket"], kind: "protocol", flow: "documented" },
  WEBSOCKET_OPEN: { classes: ["WebSocket"], kind: "protocol", flow: "documented" },
  WSMAN_REQUEST: { classes: ["WSMAN"], kind: "protocol", flow: "assumed" },
  WSMAN_RESPONSE: { classes: ["WSMAN"], kind: "protocol", flow: "assumed" },
} as const satisfies Record<string, EventInfo>;

export type EventName = keyof typeof EVENTS;

/**
 * Event names the reference spells two ways. Both are accepted (both are in EVENTS); the build
 * warns on the left one and names the right one. TFTP: the class page's event list says
 * TFTP_REQUESTS, its prose says TFTP_REQUEST, which matches every other protocol's _REQUEST.
 */
export const EVENT_SPELLINGS: Readonly<Partial<Record<EventName, EventName>>> = {
  TFTP_REQUESTS: "TFTP_REQUEST",
};

export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(EVENTS, name);
}

/** Event-scoped globals of one event, Flow included where the event has a flow. */
export function eventGlobals(name: EventName): string[] {
  const info: EventInfo = EVENTS[name];
  return info.flow === "none" ? [...info.classes] : [...info.classes, "Flow"];
}

/** Every event-scoped global name that some event provides. */
export const EVENT_SCOPED_GLOBALS: ReadonlySet<string> = new Set(EVENT_NAMES.flatMap(eventGlobals));

/** The events that provide an event-scoped global, for "use one of these events" hints. */
export function eventsProviding(global: string): EventName[] {
  return EVENT_NAMES.filter((name) => eventGlobals(name).includes(global));
}
