/**
 * The `SFlow` class: sFlow v5 flow samples. Events: SFLOW_RECORD.
 */

interface SFlow {
  /** L3 bytes of the sampled packet. */
  readonly deltaBytes: number;
  /** DSCP value of the packet. */
  readonly dscp: number;
  /** Name of the DSCP value. */
  readonly dscpName: string;
  /** Output interface. */
  readonly egressInterface: FlowInterface;
  /** Record format, "sFlow v5". */
  readonly format: string;
  /** Raw header bytes of the sampled packet. */
  readonly headerData: Buffer;
  /** Input interface. */
  readonly ingressInterface: FlowInterface;
  /** IP precedence of the DSCP value. */
  readonly ipPrecedence: number;
  /** IP protocol, e.g. TCP. */
  readonly ipproto: string;
  /** The exporter. */
  readonly network: FlowNetwork;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Names of the TCP flags seen. */
  readonly tcpFlagNames: readonly string[];
  /** Bitwise OR of the TCP flags seen. */
  readonly tcpFlags: number;
  /** Type-of-service byte of the IP header. */
  readonly tos: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const SFlow: SFlow;
