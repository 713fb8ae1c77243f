/**
 * The `SCCP` class: Cisco Skinny Client Control Protocol messages. Events: SCCP_MESSAGE.
 */

/** The shape of `SCCP.callInfo`. */
interface SCCPCallInfo {
  readonly callReference: number;
  readonly callType: number;
  readonly calledPartyName: string;
  readonly calledPartyNumber: string;
  readonly callingPartyName: string;
  readonly callingPartyNumber: string;
  readonly lineInstance: number;
}

/** The shape of `SCCP.callStats`. */
interface SCCPCallStats {
  readonly reportedBytesIn: number;
  readonly reportedBytesOut: number;
  readonly reportedJitter: number;
  readonly reportedLatency: number;
  readonly reportedPktsIn: number;
  readonly reportedPktsLost: number;
  readonly reportedPktsOut: number;
}

interface SCCP extends SenderReceiverCounters {
  /** Call id of the RTP flow. */
  readonly callId: string;
  /** Information about the current call. */
  readonly callInfo: SCCPCallInfo;
  /** Call statistics as the client reports them. */
  readonly callStats: SCCPCallStats;
  /** Message type. */
  readonly msgType: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const SCCP: SCCP;
