/**
 * The `TCP` class: TCP connection events. Members without a 1/2 suffix belong to a side:
 * `TCP.client.initSeqNum`, `TCP.server.options`. Events: TCP_CLOSE, TCP_OPEN and TCP_PAYLOAD.
 */

/** A TCP option of a handshake packet; fields besides `kind` depend on the option. */
interface TCPOption {
  readonly kind: number;
  readonly [field: string]: unknown;
}

/** One side of the connection, as `TCP.client` or `TCP.server`. */
interface TCPEndpoint {
  /**
   * True when this side set ECN during the handshake. Readable on TCP_OPEN only; the engine throws
   * elsewhere.
   */
  readonly hasECNEcho: boolean;
  /**
   * Initial receive window of this side. Readable on TCP_OPEN only; the engine throws elsewhere.
   */
  readonly initRcvWndSize: number;
  /**
   * Initial sequence number of this side. Readable on TCP_OPEN only; the engine throws elsewhere.
   */
  readonly initSeqNum: number;
  /**
   * Nagle delays of this side. Readable on FLOW_TICK and FLOW_TURN only; the engine throws
   * elsewhere.
   */
  readonly nagleDelay: number;
  /**
   * TCP options of this side's handshake packets. Readable on TCP_OPEN only; the engine throws
   * elsewhere.
   */
  readonly options: readonly TCPOption[];
  /**
   * Overlapping non-identical segments from this side. Readable on FLOW_TICK and FLOW_TURN only;
   * the engine throws elsewhere.
   */
  readonly overlapSegments: number;
  /**
   * Receive-window throttles sent by this side. Readable on FLOW_TICK and FLOW_TURN only; the
   * engine throws elsewhere.
   */
  readonly rcvWndThrottle: number;
  /**
   * Bytes retransmitted by this side. Readable on FLOW_TICK and FLOW_TURN only; the engine throws
   * elsewhere.
   */
  readonly retransBytes: number;
  /**
   * Zero windows sent by this side. Readable on FLOW_TICK and FLOW_TURN only; the engine throws
   * elsewhere.
   */
  readonly zeroWnd: number;
  /**
   * This side's option of this kind, or null. Callable on TCP_OPEN only; the engine throws
   * elsewhere.
   */
  getOption(kind: number): TCPOption | null;
}

interface TCP {
  /** The client side. */
  readonly client: TCPEndpoint;
  /** The server side. */
  readonly server: TCPEndpoint;
  /**
   * Nagle delays of device2. Readable on FLOW_TICK and FLOW_TURN only; the engine throws elsewhere.
   */
  readonly nagleDelay2: number;
  /** @deprecated since 6.2: use `TCP.client.initRcvWndSize` / `TCP.server.initRcvWndSize`. */
  readonly wndSize: number;
  /** @deprecated since 6.2: use {@link TCP.initRcvWndSize1}. */
  readonly wndSize1: number;
  /** @deprecated since 6.2: use {@link TCP.initRcvWndSize2}. */
  readonly wndSize2: number;
  /**
   * Milliseconds the three-way handshake took. Readable on TCP_OPEN only; the engine throws
   * elsewhere.
   */
  readonly handshakeTime: number;
  /**
   * True when device1 set ECN during the handshake. Readable on TCP_OPEN only; the engine throws
   * elsewhere.
   */
  readonly hasECNEcho1: boolean;
  /**
   * True when device2 set ECN during the handshake. Readable on TCP_OPEN only; the engine throws
   * elsewhere.
   */
  readonly hasECNEcho2: boolean;
  /** Initial receive window of device1. Readable on TCP_OPEN only; the engine throws elsewhere. */
  readonly initRcvWndSize1: number;
  /** Initial receive window of device2. Readable on TCP_OPEN only; the engine throws elsewhere. */
  readonly initRcvWndSize2: number;
  /** Initial sequence number of device1. Readable on TCP_OPEN only; the engine throws elsewhere. */
  readonly initSeqNum1: number;
  /** Initial sequence number of device2. Readable on TCP_OPEN only; the engine throws elsewhere. */
  readonly initSeqNum2: number;
  /** True when a reset aborted the connection before it closed normally. */
  readonly isAborted: boolean;
  /**
   * True when the connection expired at the time of the event. Readable on TCP_CLOSE only; the
   * engine throws elsewhere.
   */
  readonly isExpired: boolean;
  /** True when a reset was seen while the connection was closing. */
  readonly isReset: boolean;
  /**
   * Nagle delays of device1. Readable on FLOW_TICK and FLOW_TURN only; the engine throws elsewhere.
   */
  readonly nagleDelay1: number;
  /**
   * TCP options of device1's handshake packets. Readable on TCP_OPEN only; the engine throws
   * elsewhere.
   */
  readonly options1: readonly TCPOption[];
  /**
   * TCP options of device2's handshake packets. Readable on TCP_OPEN only; the engine throws
   * elsewhere.
   */
  readonly options2: readonly TCPOption[];
  /**
   * Overlapping non-identical segments from device1. Readable on FLOW_TICK and FLOW_TURN only; the
   * engine throws elsewhere.
   */
  readonly overlapSegments1: number;
  /**
   * Overlapping non-identical segments from device2. Readable on FLOW_TICK and FLOW_TURN only; the
   * engine throws elsewhere.
   */
  readonly overlapSegments2: number;
  /**
   * Receive-window throttles sent by device1. Readable on FLOW_TICK and FLOW_TURN only; the engine
   * throws elsewhere.
   */
  readonly rcvWndThrottle1: number;
  /**
   * Receive-window throttles sent by device2. Readable on FLOW_TICK and FLOW_TURN only; the engine
   * throws elsewhere.
   */
  readonly rcvWndThrottle2: number;
  /**
   * Bytes retransmitted by device1. Readable on FLOW_TICK and FLOW_TURN only; the engine throws
   * elsewhere.
   */
  readonly retransBytes1: number;
  /**
   * Bytes retransmitted by device2. Readable on FLOW_TICK and FLOW_TURN only; the engine throws
   * elsewhere.
   */
  readonly retransBytes2: number;
  /**
   * Zero windows sent by device1. Readable on FLOW_TICK and FLOW_TURN only; the engine throws
   * elsewhere.
   */
  readonly zeroWnd1: number;
  /**
   * Zero windows sent by device2. Readable on FLOW_TICK and FLOW_TURN only; the engine throws
   * elsewhere.
   */
  readonly zeroWnd2: number;
}

declare const TCP: TCP;
