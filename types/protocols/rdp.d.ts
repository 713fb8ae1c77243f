/**
 * The `RDP` class: Remote Desktop Protocol sessions. Events: RDP_CLOSE, RDP_OPEN and RDP_TICK.
 */

interface RDP {
  /** Build number of the client; not on encrypted connections. */
  readonly clientBuild: string;
  /** Name of the client computer; not on encrypted connections. */
  readonly clientName: string;
  /** Routing cookie of the client. */
  readonly cookie: string;
  /** Desktop height in pixels; not on encrypted connections. */
  readonly desktopHeight: number;
  /** Desktop width in pixels; not on encrypted connections. */
  readonly desktopWidth: number;
  /** The protocol that encrypted the traffic, e.g. TLS. */
  readonly encryptionProtocol: string;
  /** Error text recorded by the sensor. */
  readonly error: string;
  /** Name of the file in the payload, or null. */
  readonly filename: string | null;
  /** True when the sensor decrypted the traffic. */
  readonly isDecrypted: boolean;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when an error occurred. */
  readonly isError: boolean;
  /** Keyboard layout; not on encrypted connections. */
  readonly keyboardLayout: string;
  /** Size of the file in the payload, or null. */
  readonly payloadFileSize: number | null;
  /** Media type detected in the payload. */
  readonly payloadMediaType: string | null;
  /** Hex SHA-256 digest of the payload. */
  readonly payloadSHA256: string | null;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Color depth the client asks for; not on encrypted connections. */
  readonly requestedColorDepth: string;
  /** Security protocols the client supports. */
  readonly requestedProtocols: readonly string[];
  /** L4 bytes of the request. Readable on RDP_TICK only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on RDP_TICK only; the engine
   * throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on RDP_TICK only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /**
   * Retransmission timeouts during the request. Readable on RDP_TICK only; the engine throws
   * elsewhere.
   */
  readonly reqRTO: number;
  /**
   * Zero-window advertisements during the request. Readable on RDP_TICK only; the engine throws
   * elsewhere.
   */
  readonly reqZeroWnd: number;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on RDP_TICK only; the
   * engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /** L4 bytes of the response. Readable on RDP_TICK only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on RDP_TICK only; the engine
   * throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on RDP_TICK only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /**
   * Retransmission timeouts during the response. Readable on RDP_TICK only; the engine throws
   * elsewhere.
   */
  readonly rspRTO: number;
  /**
   * Zero-window advertisements during the response. Readable on RDP_TICK only; the engine throws
   * elsewhere.
   */
  readonly rspZeroWnd: number;
  /** Security protocol selected. */
  readonly selectedProtocol: string;
  /** User name, when known. */
  readonly user: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const RDP: RDP;
