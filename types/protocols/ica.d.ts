/**
 * The `ICA` class: Citrix ICA sessions. Events: ICA_AUTH, ICA_CLOSE, ICA_OPEN and ICA_TICK.
 */

/** One entry of `ICA.channels`. */
interface ICAChannel {
  readonly name: string;
  readonly description: string;
}

interface ICA extends ClientServerCounters {
  /**
   * Application being launched.
   * @deprecated since 5.2: use {@link ICA.program}.
   */
  readonly application: string;
  /** Windows domain of the user. */
  readonly authDomain: string;
  /**
   * Virtual channels seen since the last ICA_TICK. Readable on ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly channels: readonly ICAChannel[];
  /** Name of the client machine. */
  readonly clientMachine: string;
  /**
   * CGP messages from the client since the last ICA_TICK. Readable on ICA_TICK only; the engine
   * throws elsewhere.
   */
  readonly clientCGPMsgCount: number;
  /**
   * Client latency in ms, as the EUEM beacon reports it. Readable on ICA_TICK only; the engine
   * throws elsewhere.
   */
  readonly clientLatency: number;
  /**
   * L2 bytes sent by the client, link-layer headers included. Readable on ICA_CLOSE and ICA_TICK
   * only; the engine throws elsewhere.
   */
  readonly clientL2Bytes: number;
  /**
   * Messages from the client since the last ICA_TICK. Readable on ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly clientMsgCount: number;
  /**
   * Packets sent by the client. Readable on ICA_CLOSE and ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly clientPkts: number;
  /**
   * Retransmission timeouts of the client. Readable on ICA_CLOSE and ICA_TICK only; the engine
   * throws elsewhere.
   */
  readonly clientRTO: number;
  /**
   * Zero-window advertisements sent by the client. Readable on ICA_CLOSE and ICA_TICK only; the
   * engine throws elsewhere.
   */
  readonly clientZeroWnd: number;
  /** Kind of ICA client (its user agent). */
  readonly clientType: string;
  /**
   * Raw data of a clipboard transfer; null when the tick is not about the clipboard. Readable on
   * ICA_TICK only; the engine throws elsewhere.
   */
  readonly clipboardData: Buffer | null;
  /**
   * Clipboard data type, e.g. TEXT or BITMAP. Readable on ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly clipboardDataType: string | null;
  /**
   * Frame cut duration from the EUEM beacon. Readable on ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly frameCutDuration: number;
  /**
   * Frame send duration from the EUEM beacon. Readable on ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly frameSendDuration: number;
  /** Host name of the Citrix server. */
  readonly host: string;
  /**
   * True when the application failed to launch. Readable on ICA_CLOSE only; the engine throws
   * elsewhere.
   */
  readonly isAborted: boolean;
  /**
   * True when the application shut down cleanly. Readable on ICA_CLOSE only; the engine throws
   * elsewhere.
   */
  readonly isCleanShutdown: boolean;
  /**
   * True when a file was read from the client disk; null when the tick is not about the disk.
   * Readable on ICA_TICK only; the engine throws elsewhere.
   */
  readonly isClientDiskRead: boolean | null;
  /**
   * True when a file was written to the client disk; null when the tick is not about the disk.
   * Readable on ICA_TICK only; the engine throws elsewhere.
   */
  readonly isClientDiskWrite: boolean | null;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when the application launched over an existing connection. */
  readonly isSharedSession: boolean;
  /** Launch parameters. */
  readonly launchParams: string;
  /** Application load time in ms. */
  readonly loadTime: number;
  /**
   * User login time in ms. Readable on ICA_OPEN, ICA_CLOSE and ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly loginTime: number;
  /** Latency the client reports, in ms. Readable on ICA_TICK only; the engine throws elsewhere. */
  readonly networkLatency: number;
  /** Bytes of the file read or written. Readable on ICA_TICK only; the engine throws elsewhere. */
  readonly payload: Buffer | null;
  /** Printer driver name. Readable on ICA_TICK only; the engine throws elsewhere. */
  readonly printerName: string;
  /** Program being launched. */
  readonly program: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on ICA_CLOSE, ICA_OPEN and ICA_TICK only; the
   * engine throws elsewhere.
   */
  readonly record: ProtocolRecord;
  /**
   * Path of the file read or written, when known. Readable on ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly resource: string | null;
  /**
   * Offset in the file read or written, when known. Readable on ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly resourceOffset: number | null;
  /**
   * Median round-trip time in milliseconds; NaN without samples. Readable on ICA_CLOSE and ICA_TICK
   * only; the engine throws elsewhere.
   */
  readonly roundTripTime: number;
  /**
   * CGP messages from the server since the last ICA_TICK. Readable on ICA_TICK only; the engine
   * throws elsewhere.
   */
  readonly serverCGPMsgCount: number;
  /**
   * L2 bytes sent by the server, link-layer headers included. Readable on ICA_CLOSE and ICA_TICK
   * only; the engine throws elsewhere.
   */
  readonly serverL2Bytes: number;
  /**
   * Messages from the server since the last ICA_TICK. Readable on ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly serverMsgCount: number;
  /**
   * Packets sent by the server. Readable on ICA_CLOSE and ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly serverPkts: number;
  /**
   * Retransmission timeouts of the server. Readable on ICA_CLOSE and ICA_TICK only; the engine
   * throws elsewhere.
   */
  readonly serverRTO: number;
  /**
   * Zero-window advertisements sent by the server. Readable on ICA_CLOSE and ICA_TICK only; the
   * engine throws elsewhere.
   */
  readonly serverZeroWnd: number;
  /**
   * Virtual channel that caused this ICA_TICK. Readable on ICA_TICK only; the engine throws
   * elsewhere.
   */
  readonly tickChannel: string;
  /** User name, when known. */
  readonly user: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 3.7: use {@link ICA.user}. */
  readonly authTicket: string;
  /** @deprecated since 6.0: use {@link ICA.clientMachine}. */
  readonly client: string;
}

declare const ICA: ICA;
