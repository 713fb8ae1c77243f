/**
 * The `RPC` class: Microsoft RPC (DCE/RPC) messages. Events: RPC_REQUEST and RPC_RESPONSE.
 */

interface RPC extends RequestResponseCounters {
  /**
   * Security type agreed, e.g. KERBEROS. Readable on RPC_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly authType: string;
  /** Command line of some remote-execution operations, or null. */
  readonly commandLine: string | null;
  /** The protocol that encrypted the traffic, e.g. TLS. */
  readonly encryptionProtocol: string;
  /** RPC interface name, e.g. drsuapi. */
  readonly interface: string;
  /** GUID of the interface. */
  readonly interfaceGUID: string;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** True when the sensor decrypted the traffic. */
  readonly isDecrypted: boolean;
  /** True when NDR64 transfer syntax was used; null when unknown. */
  readonly isNDR64: boolean | null;
  /** RPC operation name, e.g. DRSGetNCChanges. */
  readonly operation: string;
  /** Numeric id of the operation. */
  readonly opnum: number;
  /** Body of the message; null for PDU types without one. */
  readonly payload: Buffer | null;
  /** PDU type. */
  readonly pduType: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Registry key of some registry operations, or null. */
  readonly registryKey: string | null;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** Id of the SMB session carrying the RPC. */
  readonly sessionId: number;
  /** Windows service of some service-control operations, or null. */
  readonly serviceName: string | null;
  /** User name, when known. */
  readonly user: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const RPC: RPC;
