/**
 * The `LLDP` class: Link Layer Discovery Protocol frames. Events: LLDP_FRAME.
 */

/** One entry of `LLDP.optTLVs`. */
interface LLDPOptTLV {
  readonly customSubtype: number;
  readonly isCustom: boolean;
  readonly oui: number;
  readonly type: number;
  readonly value: string;
}

interface LLDP {
  /** Chassis id TLV. */
  readonly chassisId: Buffer;
  /** Subtype of the chassis id. */
  readonly chassisIdSubtype: number;
  /** Destination MAC address. */
  readonly destination: string;
  /** Optional TLVs of the frame. */
  readonly optTLVs: readonly LLDPOptTLV[];
  /** Port id TLV. */
  readonly portId: Buffer;
  /** Subtype of the port id. */
  readonly portIdSubtype: number;
  /** Device that sent the frame. */
  readonly source: Device;
  /** Seconds the frame's information stays valid. */
  readonly ttl: number;
}

declare const LLDP: LLDP;
