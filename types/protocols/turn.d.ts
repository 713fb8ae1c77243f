/**
 * The `Turn` class: One request/response turn of a flow, on FLOW_TURN.
 */

interface Turn {
  /** L4 bytes sent by the client. */
  readonly clientBytes: number;
  /** Milliseconds the client took to send. */
  readonly clientTransferTime: number;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown.
   */
  readonly processingTime: number;
  /**
   * L7 bytes of the request, protocol headers excluded.
   * @deprecated since 4.0: use {@link Turn.clientBytes}.
   */
  readonly reqSize: number;
  /** Milliseconds taken to send the request. */
  readonly reqTransferTime: number;
  /** L7 bytes of the response, protocol headers excluded. */
  readonly rspSize: number;
  /** Milliseconds taken to send the response. */
  readonly rspTransferTime: number;
  /** L4 bytes sent by the server. */
  readonly serverBytes: number;
  /** Milliseconds the server took to send. */
  readonly serverTransferTime: number;
  /** Device that started the turn. */
  readonly sourceDevice: Device;
  /** Milliseconds between the end of the response and the next request; NaN when unknown. */
  readonly thinkTime: number;
  /** @deprecated since 4.0: use {@link Turn.clientTransferTime}. */
  readonly reqXfer: number;
  /** @deprecated since 4.0: use {@link Turn.serverBytes}. */
  readonly respSize: number;
  /** @deprecated since 4.0: use {@link Turn.serverTransferTime}. */
  readonly rspXfer: number;
  /** @deprecated since 4.0: use {@link Turn.processingTime}. */
  readonly tprocess: number;
}

declare const Turn: Turn;
