/**
 * The `WebSocket` class: WebSocket connections and messages. Events: WEBSOCKET_OPEN,
 * WEBSOCKET_CLOSE and WEBSOCKET_MESSAGE.
 */

interface WebSocket {
  /**
   * L4 bytes sent by the client. Readable on WEBSOCKET_MESSAGE only; the engine throws elsewhere.
   */
  readonly clientBytes: number;
  /**
   * L2 bytes sent by the client, link-layer headers included. Readable on WEBSOCKET_MESSAGE only;
   * the engine throws elsewhere.
   */
  readonly clientL2Bytes: number;
  /**
   * Packets sent by the client. Readable on WEBSOCKET_MESSAGE only; the engine throws elsewhere.
   */
  readonly clientPkts: number;
  /**
   * Retransmission timeouts of the client. Readable on WEBSOCKET_MESSAGE only; the engine throws
   * elsewhere.
   */
  readonly clientRTO: number;
  /**
   * Zero-window advertisements sent by the client. Readable on WEBSOCKET_MESSAGE only; the engine
   * throws elsewhere.
   */
  readonly clientZeroWnd: number;
  /**
   * Reason text of the first close frame. Readable on WEBSOCKET_CLOSE only; the engine throws
   * elsewhere.
   */
  readonly closeReason: string | null;
  /**
   * Host of the handshake request; null when absent. Readable on WEBSOCKET_OPEN only; the engine
   * throws elsewhere.
   */
  readonly host: string | null;
  /**
   * True when the client sent the first close frame. Readable on WEBSOCKET_CLOSE only; the engine
   * throws elsewhere.
   */
  readonly isClientClose: boolean;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /**
   * True when the message's frames are masked. Readable on WEBSOCKET_MESSAGE only; the engine
   * throws elsewhere.
   */
  readonly isMasked: boolean;
  /**
   * True when the server sent the first close frame. Readable on WEBSOCKET_CLOSE only; the engine
   * throws elsewhere.
   */
  readonly isServerClose: boolean;
  /**
   * The message (decompressed). Readable on WEBSOCKET_MESSAGE only; the engine throws elsewhere.
   */
  readonly msg: Buffer | null;
  /**
   * Message length in bytes (decompressed). Readable on WEBSOCKET_MESSAGE only; the engine throws
   * elsewhere.
   */
  readonly msgLength: number;
  /** `TEXT` or `BINARY`. Readable on WEBSOCKET_MESSAGE only; the engine throws elsewhere. */
  readonly msgType: string;
  /**
   * Origin of the handshake request. Readable on WEBSOCKET_OPEN only; the engine throws elsewhere.
   */
  readonly origin: string;
  /**
   * Message length as seen on the wire. Readable on WEBSOCKET_MESSAGE only; the engine throws
   * elsewhere.
   */
  readonly rawMsgLength: number;
  /**
   * L4 bytes sent by the server. Readable on WEBSOCKET_MESSAGE only; the engine throws elsewhere.
   */
  readonly serverBytes: number;
  /**
   * L2 bytes sent by the server, link-layer headers included. Readable on WEBSOCKET_MESSAGE only;
   * the engine throws elsewhere.
   */
  readonly serverL2Bytes: number;
  /**
   * Packets sent by the server. Readable on WEBSOCKET_MESSAGE only; the engine throws elsewhere.
   */
  readonly serverPkts: number;
  /**
   * Retransmission timeouts of the server. Readable on WEBSOCKET_MESSAGE only; the engine throws
   * elsewhere.
   */
  readonly serverRTO: number;
  /**
   * Zero-window advertisements sent by the server. Readable on WEBSOCKET_MESSAGE only; the engine
   * throws elsewhere.
   */
  readonly serverZeroWnd: number;
  /**
   * Close status code (RFC 6455). Readable on WEBSOCKET_CLOSE only; the engine throws elsewhere.
   */
  readonly statusCode: number;
  /** URI of the handshake request. Readable on WEBSOCKET_OPEN only; the engine throws elsewhere. */
  readonly uri: string;
}

declare const WebSocket: WebSocket;
