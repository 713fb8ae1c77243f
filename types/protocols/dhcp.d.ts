/**
 * The `DHCP` class: DHCP (IPv4) messages. Events: DHCP_REQUEST and DHCP_RESPONSE.
 */

/** One entry of `DHCP.options`. */
interface DHCPOption {
  readonly code: number;
  readonly name: string;
  /** The option's value; its type depends on the option. */
  readonly payload: number | string;
}

interface DHCP {
  /** Hardware address of the client. */
  readonly chaddr: string;
  /**
   * Seconds the client waited before trying to get or renew a lease. Readable on DHCP_REQUEST only;
   * the engine throws elsewhere.
   */
  readonly clientReqDelay: number;
  /**
   * Error text of option 56, or null without error. Readable on DHCP_RESPONSE only; the engine
   * throws elsewhere.
   */
  readonly error: string | null;
  /** Relay agent address. */
  readonly gwAddr: IPAddress;
  /** Hardware type code. */
  readonly htype: number;
  /** JA4D fingerprint of the sending device. */
  readonly ja4DHCP: string;
  /** Message type, e.g. `DHCPDISCOVER` or `DHCPACK`. */
  readonly msgType: string;
  /**
   * Address the server offers or assigns. Readable on DHCP_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly offeredAddr: IPAddress;
  /** Options of the message. */
  readonly options: readonly DHCPOption[];
  /** Comma-separated numbers of the options the client asks for. */
  readonly paramReqList: string;
  /**
   * Server processing time in milliseconds (last request byte to first response byte); NaN when
   * unknown. Readable on DHCP_RESPONSE only; the engine throws elsewhere.
   */
  readonly processingTime: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** L4 bytes of the request. Readable on DHCP_RESPONSE only; the engine throws elsewhere. */
  readonly reqBytes: number;
  /**
   * L2 bytes of the request, link-layer headers included. Readable on DHCP_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly reqL2Bytes: number;
  /** Packets of the request. Readable on DHCP_RESPONSE only; the engine throws elsewhere. */
  readonly reqPkts: number;
  /** L4 bytes of the response. Readable on DHCP_RESPONSE only; the engine throws elsewhere. */
  readonly rspBytes: number;
  /**
   * L2 bytes of the response, link-layer headers included. Readable on DHCP_RESPONSE only; the
   * engine throws elsewhere.
   */
  readonly rspL2Bytes: number;
  /** Packets of the response. Readable on DHCP_RESPONSE only; the engine throws elsewhere. */
  readonly rspPkts: number;
  /** Transaction id. */
  readonly txId: number;
  /** Vendor Class Identifier. */
  readonly vendor: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** The option with this code, or null when absent. */
  getOption(optionCode: number): DHCPOption | null;
}

declare const DHCP: DHCP;
