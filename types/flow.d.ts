/**
 * The `Flow` class: the conversation (TCP, UDP, ICMP, …) the current event belongs to. It exists on
 * FLOW_* events and on most protocol events, never on session or datastore events; which events
 * have it is recorded in build/engine/events.ts.
 *
 * The two sides are reached by role (`client`/`server` or `sender`/`receiver`, depending on the
 * event) or by a fixed index (`device1`/`device2`, `port1`/`port2`, …) that stays the same for the
 * whole flow. Several counters may be read only on some events (noted per property); the engine
 * throws elsewhere, which types cannot express.
 */

/**
 * Scratch space shared by every event of one flow. Add typed fields with `declare global {
 * interface FlowStore { … } }`.
 */
interface FlowStore {
  [key: string]: unknown;
}

/**
 * Record fields of one direction of a flow, committed on FLOW_RECORD; extend it before
 * `commitRecord()`.
 */
interface FlowRecord extends ProtocolRecord {}

/** Options of `Flow.captureStart()`; an omitted limit is unlimited. */
interface FlowCaptureOptions {
  maxBytes?: number;
  /** Bytes taken from packets seen before the capture started. */
  maxBytesLookback?: number;
  maxDurationMSec?: number;
  maxPackets?: number;
  /** Packets taken from those seen before the capture started. */
  maxPacketsLookback?: number;
}

/**
 * One side of a flow, seen in one role (`Flow.client`, `Flow.server`, `Flow.sender`,
 * `Flow.receiver`).
 */
interface FlowEndpoint {
  /** Commits this direction's record; FLOW_RECORD only. */
  commitRecord(): void;
  /** L4 payload bytes sent. FLOW_TICK, FLOW_TURN and FLOW_RECORD only. */
  readonly bytes: number;
  readonly customDevices: readonly Device[];
  readonly device: Device;
  /** Last DSCP value sent. */
  readonly dscp: number;
  /** L2 bytes per DSCP value since the last FLOW_TICK. FLOW_TICK and FLOW_TURN only. */
  readonly dscpBytes: readonly number[];
  /** Name of the last DSCP value sent, e.g. `EF`, `AF11`. */
  readonly dscpName: string;
  /** L2 packets per DSCP value since the last FLOW_TICK. FLOW_TICK and FLOW_TURN only. */
  readonly dscpPkts: readonly number[];
  /** Packets resulting from IP fragmentation. FLOW_TICK and FLOW_TURN only. */
  readonly fragPkts: number;
  readonly ipaddr: IPAddress;
  /** True when this side aborted the TCP connection with a reset. */
  readonly isAborted: boolean;
  /** True when this side started the TCP shutdown. */
  readonly isShutdown: boolean;
  /** L2 bytes, Ethernet headers included. FLOW_TICK and FLOW_TURN only. */
  readonly l2Bytes: number;
  /** Nagle delays. FLOW_TICK and FLOW_TURN only. */
  readonly nagleDelay: number;
  /**
   * This side as the offender of a detection: `commitDetection(t, { participants:
   * [Flow.client.offender] })`.
   */
  readonly offender: DetectionParticipantRef;
  /** Non-identical overlapping IP fragments. FLOW_TICK and FLOW_TURN only. */
  readonly overlapFragPkts: number;
  /** Non-identical overlapping TCP segments. FLOW_TICK and FLOW_TURN only. */
  readonly overlapSegments: number;
  /**
   * Payload sent by this side. TCP_PAYLOAD, UDP_PAYLOAD and SSL_PAYLOAD only. The reference types it
   * as a Buffer, but its own examples test it against null (the side that sent nothing), so null
   * is part of the type.
   */
  readonly payload: Buffer | null;
  /** Packets sent. FLOW_TICK, FLOW_TURN and FLOW_RECORD only. */
  readonly pkts: number;
  readonly port: number;
  /** Receive-window throttles sent. FLOW_TICK and FLOW_TURN only. */
  readonly rcvWndThrottle: number;
  /** This direction's record. FLOW_RECORD only. */
  readonly record: FlowRecord;
  /** Retransmission timeouts. FLOW_TICK and FLOW_TURN only. */
  readonly rto: number;
  /** L2 bytes sent during the whole flow. */
  readonly totalL2Bytes: number;
  /** This side as the victim of a detection. */
  readonly victim: DetectionParticipantRef;
  /** Zero windows sent. FLOW_TICK and FLOW_TURN only. */
  readonly zeroWnd: number;
}

interface Flow {
  /**
   * The client side. Not on ACTIVEMQ_MESSAGE, ICMP_MESSAGE, MSMQ_MESSAGE, RTCP_MESSAGE, RTP_*,
   * SCCP_MESSAGE.
   */
  readonly client: FlowEndpoint;
  /** The server side; same events as {@link client}. */
  readonly server: FlowEndpoint;
  /**
   * The sending side. Not on FLOW_*, ICA_*, RDP_*, TCP_OPEN/CLOSE, SSL_OPEN/CLOSE/RENEGOTIATE,
   * WEBSOCKET_OPEN/CLOSE.
   */
  readonly sender: FlowEndpoint;
  /** The receiving side; same events as {@link sender}. */
  readonly receiver: FlowEndpoint;

  /**
   * Adds the flow to an application container and collects its L2–L4 metrics there. For protocol
   * events prefer `Application(name).commit()`, which collects more.
   * @param turnTiming Also collect turn-timing metrics. Default false.
   */
  addApplication(name: string, turnTiming?: boolean): void;
  /**
   * Starts a precision packet capture of the flow (needs a license) and returns its id, or null when
   * it could not start. Names over 256 characters are cut; at most 128 captures run at once.
   */
  captureStart(name: string, options?: FlowCaptureOptions): string | null;
  /** Stops the capture running on this flow. */
  captureStop(): boolean;
  /** Commits the record of traffic sent by device1. FLOW_RECORD only. */
  commitRecord1(): void;
  /** Commits the record of traffic sent by device2. FLOW_RECORD only. */
  commitRecord2(): void;
  /** The custom device with this id on either side of the flow, or null. */
  findCustomDevice(deviceId: string): Device | null;
  /** The applications the flow belongs to. */
  getApplications(): string;
  /** @deprecated since 5.3: use {@link getApplications}. */
  getApplication(): string;
  /** @deprecated since 5.3: use {@link addApplication}. */
  setApplication(name: string, turnTiming?: boolean): void;

  /** @deprecated since 3.10: use {@link FlowEndpoint.isAborted} (`Flow.client.isAborted`). */
  readonly isClientAborted: boolean;
  /** @deprecated since 3.10: use {@link FlowEndpoint.isAborted} (`Flow.server.isAborted`). */
  readonly isServerAborted: boolean;
  /** @deprecated since 3.9: use the `Turn` class on FLOW_TURN. */
  readonly turnInfo: string;

  /** Seconds since the flow started. */
  readonly age: number;
  /** L4 payload bytes sent by device1. FLOW_TICK, FLOW_TURN and FLOW_RECORD only. */
  readonly bytes1: number;
  /** L4 payload bytes sent by device2. FLOW_TICK, FLOW_TURN and FLOW_RECORD only. */
  readonly bytes2: number;
  readonly customDevices1: readonly Device[];
  readonly customDevices2: readonly Device[];
  readonly device1: Device;
  readonly device2: Device;
  readonly dscp1: number;
  readonly dscp2: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly dscpBytes1: readonly number[];
  /** FLOW_TICK and FLOW_TURN only. */
  readonly dscpBytes2: readonly number[];
  readonly dscpName1: string;
  readonly dscpName2: string;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly dscpPkts1: readonly number[];
  /** FLOW_TICK and FLOW_TURN only. */
  readonly dscpPkts2: readonly number[];
  /** FLOW_TICK and FLOW_TURN only. */
  readonly fragPkts1: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly fragPkts2: number;
  /** Unique id of the flow's record. */
  readonly id: string;
  readonly ipaddr1: IPAddress;
  readonly ipaddr2: IPAddress;
  /** IP protocol, e.g. `TCP` or `UDP`. */
  readonly ipproto: string;
  /** IP version, e.g. `IPv4` or `IPv6`. */
  readonly ipver: string;
  /** True when the TCP connection was aborted with a reset. */
  readonly isAborted: boolean;
  /** True when the flow expired at the time of the event. */
  readonly isExpired: boolean;
  readonly isShutdown: boolean;
  /** JA4L client latency fingerprint. */
  readonly ja4LatencyClient: string;
  /** JA4LS server latency fingerprint. */
  readonly ja4LatencyServer: string;
  /** JA4T client TCP fingerprint. TCP_OPEN only. */
  readonly ja4TCPClient: string;
  /** JA4TS server TCP fingerprint. TCP_OPEN only. */
  readonly ja4TCPServer: string;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly l2Bytes1: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly l2Bytes2: number;
  /**
   * L7 protocol name (`HTTP`, `DNS`, …), `ipproto:port` for unknown protocols (`tcp:13724`), or
   * a custom classification name. Not valid on TCP_OPEN.
   */
  readonly l7proto: string;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly nagleDelay1: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly nagleDelay2: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly overlapFragPkts1: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly overlapFragPkts2: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly overlapSegments1: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly overlapSegments2: number;
  /**
   * Payload sent by device1 (null when it sent none, as for {@link FlowEndpoint.payload}).
   * TCP_PAYLOAD, UDP_PAYLOAD and SSL_PAYLOAD only.
   */
  readonly payload1: Buffer | null;
  /**
   * Payload sent by device2 (null when it sent none). TCP_PAYLOAD, UDP_PAYLOAD and SSL_PAYLOAD
   * only.
   */
  readonly payload2: Buffer | null;
  /** FLOW_TICK, FLOW_TURN and FLOW_RECORD only. */
  readonly pkts1: number;
  /** FLOW_TICK, FLOW_TURN and FLOW_RECORD only. */
  readonly pkts2: number;
  readonly port1: number;
  readonly port2: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly rcvWndThrottle1: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly rcvWndThrottle2: number;
  /** FLOW_RECORD only. */
  readonly record1: FlowRecord;
  /** FLOW_RECORD only. */
  readonly record2: FlowRecord;
  /**
   * Median round-trip time since the last FLOW_TICK, in ms; NaN without samples. FLOW_TICK and
   * FLOW_TURN only.
   */
  readonly roundTripTime: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly rto1: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly rto2: number;
  /**
   * An object that lives as long as the flow, to pass values from a request to its response. Set
   * fields to null once used so they do not leak into the next transaction.
   */
  readonly store: FlowStore;
  /** Original client address given by a proxy in TCP option 28, or null. */
  readonly tcpOrigin: IPAddress | null;
  readonly totalL2Bytes1: number;
  readonly totalL2Bytes2: number;
  /** VLAN of the flow; 0 without a VLAN tag. */
  readonly vlan: number;
  /** VXLAN network identifier. */
  readonly vxlanVNI: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly zeroWnd1: number;
  /** FLOW_TICK and FLOW_TURN only. */
  readonly zeroWnd2: number;
}

/** The flow of the running event. */
declare const Flow: Flow;
