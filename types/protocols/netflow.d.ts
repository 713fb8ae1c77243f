/**
 * The `NetFlow` class: NetFlow v5/v9 and IPFIX records from a flow exporter. There is no
 * `NetFlow.commitRecord()`; pass `NetFlow.record` to the global `commitRecord()`. Events:
 * NETFLOW_RECORD.
 */

/** One entry of `NetFlow.fields`. */
interface NetFlowField {
  readonly fieldID: number;
  readonly enterpriseID: number;
}

/** One side of a NetFlow record. */
interface NetFlowEndpoint {
  /** Autonomous system number. */
  readonly asn: number;
  readonly ipaddr: IPAddress;
  /** Prefix length of the address, in bits. */
  readonly prefixLength: number;
  readonly port: number;
}

interface NetFlow {
  /** Seconds between the first and the last packet of the record. */
  readonly age: number;
  /** L3 bytes since the previous NETFLOW_RECORD. */
  readonly deltaBytes: number;
  /** Packets since the previous NETFLOW_RECORD. */
  readonly deltaPkts: number;
  /** Last DSCP value of the flow. */
  readonly dscp: number;
  /** Name of the DSCP value, e.g. EF. */
  readonly dscpName: string;
  /** Output interface. */
  readonly egressInterface: FlowInterface;
  /** Information elements found in the record. */
  readonly fields: readonly NetFlowField[];
  /** Time of the first packet, in ms since the epoch. */
  readonly first: number;
  /** `NetFlow v5`, `NetFlow v9` or `IPFIX`. */
  readonly format: string;
  /** Input interface. */
  readonly ingressInterface: FlowInterface;
  /** IP precedence of the DSCP value. */
  readonly ipPrecedence: number;
  /** IP protocol, e.g. TCP. */
  readonly ipproto: string;
  /** Time of the last packet, in ms since the epoch. */
  readonly last: number;
  /** The exporter. */
  readonly network: FlowNetwork;
  /** Next-hop router. */
  readonly nextHop: IPAddress;
  /** Observation domain of the template. */
  readonly observationDomain: number;
  /** Destination side of the flow. */
  readonly receiver: NetFlowEndpoint;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Source side of the flow. */
  readonly sender: NetFlowEndpoint;
  /** Names of the TCP flags seen, e.g. SYN. */
  readonly tcpFlagNames: readonly string[];
  /** Bitwise OR of the TCP flags seen. */
  readonly tcpFlags: number;
  /** Template the record refers to (v9 and IPFIX). */
  readonly templateId: number;
  /** @deprecated since 6.1: use {@link NetFlow.dscp} or {@link NetFlow.dscpName}. */
  readonly tos: number;
  /** The value of this field (and enterprise), or null when the record lacks it. */
  findField(field: number, enterpriseId?: number): string | number | IPAddress | Buffer | boolean | null;
  /** True when the record has this field. */
  hasField(field: number): boolean;
}

declare const NetFlow: NetFlow;
