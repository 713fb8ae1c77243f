/** The `IPAddress` class: an IPv4 or IPv6 address and what the sensor knows about it. */
interface IPAddress {
  /** Hostnames seen for the address. */
  readonly hostNames: readonly string[];
  readonly isBroadcast: boolean;
  /** True when the address is outside your network. */
  readonly isExternal: boolean;
  /** True for link-local addresses such as 169.254.0.0/16. */
  readonly isLinkLocal: boolean;
  readonly isMulticast: boolean;
  /** True for 10/8, 172.16/12 and 192.168/16; always false for IPv6. */
  readonly isRFC1918: boolean;
  readonly isV4: boolean;
  readonly isV6: boolean;
  /** First network locality containing the address, or null when there is none. */
  readonly localityName: string | null;
  /**
   * Network localities containing the address (at most 256), external ones first, longest prefix
   * first.
   */
  readonly localityNames: readonly string[];
  equals(other: IPAddress): boolean;
  /** The address with a subnet mask of `bits` leading one bits applied. */
  mask(bits: number): IPAddress;
  toJSON(): string;
  toString(): string;
}

interface IPAddressConstructor {
  /**
   * @param ip The address as a string (CIDR notation allowed) or a number.
   * @param mask Optional number of leading one bits of the subnet mask.
   */
  new (ip: string | number, mask?: number): IPAddress;
  readonly prototype: IPAddress;
}

declare const IPAddress: IPAddressConstructor;
