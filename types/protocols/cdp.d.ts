/**
 * The `CDP` class: Cisco Discovery Protocol frames. Events: CDP_FRAME.
 */

/** One entry of `CDP.tlvs`. */
interface CDPTlv {
  readonly type: number;
  readonly value: Buffer;
}

interface CDP {
  /** Destination MAC address, usually the multicast 01:00:0c:cc:cc:cc. */
  readonly destination: string;
  /** Frame checksum. */
  readonly checksum: number;
  /** Device that sent the frame. */
  readonly source: Device;
  /** Seconds the frame's information stays valid. */
  readonly ttl: number;
  /** Type-length-value fields of the frame. */
  readonly tlvs: readonly CDPTlv[];
  /** CDP version. */
  readonly version: number;
}

declare const CDP: CDP;
