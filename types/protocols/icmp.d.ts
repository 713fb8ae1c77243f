/**
 * The `ICMP` class: ICMPv4 and ICMPv6 messages. Events: ICMP_MESSAGE.
 */

/** The shape of `ICMP.original`. */
interface ICMPOriginal {
  readonly ipproto: string;
  readonly ipver: string;
  readonly srcAddr: IPAddress;
  readonly srcPort: number;
  readonly dstAddr: IPAddress;
  /** Null when the original header was not TCP or UDP. */
  readonly dstPort: number | null;
}

interface ICMP {
  /** Gateway a redirect message points to. */
  readonly gwAddr: IPAddress | null;
  /** TTL or hop limit of the packet. */
  readonly hopLimit: number;
  /** True for error message types (unreachable, time exceeded, …). */
  readonly isError: boolean;
  /** True for query message types (echo request, …). */
  readonly isQuery: boolean;
  /** True for reply message types (echo reply, …). */
  readonly isReply: boolean;
  /** Up to `message_length_max` bytes of the message. */
  readonly msg: Buffer;
  /** Message code. */
  readonly msgCode: number;
  /** Identifier of echo, timestamp, information and similar messages. */
  readonly msgId: number | null;
  /** Message length in bytes. */
  readonly msgLength: number;
  /** Readable name of the message, e.g. "port unreachable". */
  readonly msgText: string;
  /** Message type. */
  readonly msgType: number;
  /** MTU of the next hop, in Destination Unreachable and Packet Too Big messages. */
  readonly nextHopMTU: number | null;
  /** Header of the datagram that caused this message. */
  readonly original: ICMPOriginal;
  /** Header octet where a Parameter Problem was found. */
  readonly pointer: number | null;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Sequence number of echo, timestamp, information and similar messages. */
  readonly seqNum: number | null;
  /** 4 for ICMPv4, 6 for ICMPv6. */
  readonly version: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const ICMP: ICMP;
