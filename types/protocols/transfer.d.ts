/**
 * Traffic counters that many protocol classes share, in three namings: request/response,
 * client/server and sender/receiver. A class extends the family it has; where the reference lets
 * a counter be read only on some of the class's events, the class declares that member again with
 * a JSDoc line naming those events, and that declaration is the one editors show.
 */

/** Counters of a request/response protocol. */
interface RequestResponseCounters {
  /** L4 bytes of the request. */
  readonly reqBytes: number;
  /** L2 bytes of the request, link-layer headers included. */
  readonly reqL2Bytes: number;
  /** Packets of the request. */
  readonly reqPkts: number;
  /** Retransmission timeouts during the request. */
  readonly reqRTO: number;
  /** Zero-window advertisements during the request. */
  readonly reqZeroWnd: number;
  /** L4 bytes of the response. */
  readonly rspBytes: number;
  /** L2 bytes of the response, link-layer headers included. */
  readonly rspL2Bytes: number;
  /** Packets of the response. */
  readonly rspPkts: number;
  /** Retransmission timeouts during the response. */
  readonly rspRTO: number;
  /** Zero-window advertisements during the response. */
  readonly rspZeroWnd: number;
}

/** Counters of a protocol whose sides are named client and server. */
interface ClientServerCounters {
  /** L4 bytes sent by the client. */
  readonly clientBytes: number;
  /** L2 bytes sent by the client, link-layer headers included. */
  readonly clientL2Bytes: number;
  /** Packets sent by the client. */
  readonly clientPkts: number;
  /** Retransmission timeouts of the client. */
  readonly clientRTO: number;
  /** Zero-window advertisements sent by the client. */
  readonly clientZeroWnd: number;
  /** L4 bytes sent by the server. */
  readonly serverBytes: number;
  /** L2 bytes sent by the server, link-layer headers included. */
  readonly serverL2Bytes: number;
  /** Packets sent by the server. */
  readonly serverPkts: number;
  /** Retransmission timeouts of the server. */
  readonly serverRTO: number;
  /** Zero-window advertisements sent by the server. */
  readonly serverZeroWnd: number;
}

/** Counters of a message protocol whose sides are named sender and receiver. */
interface SenderReceiverCounters {
  /** L4 bytes sent by the sender. */
  readonly senderBytes: number;
  /** L2 bytes sent by the sender, link-layer headers included. */
  readonly senderL2Bytes: number;
  /** Packets sent by the sender. */
  readonly senderPkts: number;
  /** Retransmission timeouts of the sender. */
  readonly senderRTO: number;
  /** Zero-window advertisements sent by the sender. */
  readonly senderZeroWnd: number;
  /** L4 bytes sent by the receiver. */
  readonly receiverBytes: number;
  /** L2 bytes sent by the receiver, link-layer headers included. */
  readonly receiverL2Bytes: number;
  /** Packets sent by the receiver. */
  readonly receiverPkts: number;
  /** Retransmission timeouts of the receiver. */
  readonly receiverRTO: number;
  /** Zero-window advertisements sent by the receiver. */
  readonly receiverZeroWnd: number;
}
