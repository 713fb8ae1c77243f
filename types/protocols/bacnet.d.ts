/**
 * The `BACnet` class: Building-automation messages (BACnet/IP). Events: BACNET_MESSAGE.
 */

interface BACnet {
  /** Address of the destination device; null when the NPDU names none. */
  readonly dstAddr: Buffer | null;
  /** Destination network id; null when the NPDU names none. */
  readonly dstNetwork: Buffer | null;
  /** Hops the message has made; null when the NPDU has no destination. */
  readonly hopCount: number | null;
  /** Id that pairs a request with its response; null when the request expects none. */
  readonly invokeId: number | null;
  /** APDU type. */
  readonly pduType: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Numeric id of the requested service. */
  readonly serviceChoice: number;
  /** Address of the source device; null when the NPDU names none. */
  readonly srcAddr: Buffer | null;
  /** Source network id; null when the NPDU names none. */
  readonly srcNetwork: number | null;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const BACnet: BACnet;
