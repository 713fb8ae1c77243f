/**
 * `IPAddress`: an IPv4 or IPv6 address. Classification follows the address ranges; what depends
 * on the sensor's configuration (network localities, which addresses are "external", hostnames
 * seen on the wire) comes from the test's sensor options or defaults to nothing known.
 */
import { BlockList, isIP } from "node:net";
import { typeError } from "./errors.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";

const RFC1918 = new BlockList();
RFC1918.addSubnet("10.0.0.0", 8);
RFC1918.addSubnet("172.16.0.0", 12);
RFC1918.addSubnet("192.168.0.0", 16);

const LINK_LOCAL = new BlockList();
LINK_LOCAL.addSubnet("169.254.0.0", 16);
LINK_LOCAL.addSubnet("fe80::", 10, "ipv6");

const MULTICAST = new BlockList();
MULTICAST.addSubnet("224.0.0.0", 4);
MULTICAST.addSubnet("ff00::", 8, "ipv6");

/** Not "external" unless the sensor says otherwise: private, loopback, link-local, unique-local. */
const INTERNAL = new BlockList();
for (const [net, bits] of [
  ["10.0.0.0", 8],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
] as const)
  INTERNAL.addSubnet(net, bits);
INTERNAL.addSubnet("::1", 128, "ipv6");
INTERNAL.addSubnet("fc00::", 7, "ipv6");
INTERNAL.addSubnet("fe80::", 10, "ipv6");

function fromNumber(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");
}

function maskV4(addr: string, bits: number): string {
  const n = addr.split(".").reduce((acc, p) => acc * 256 + Number(p), 0);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return fromNumber((n & mask) >>> 0);
}

export class EhIPAddress {
  readonly #addr: string;
  readonly #family: 4 | 6;
  constructor(ip: unknown, mask?: unknown) {
    let text: string;
    if (typeof ip === "number" && Number.isInteger(ip) && ip >= 0 && ip <= 0xffffffff) text = fromNumber(ip);
    else if (typeof ip === "string") text = ip;
    else throw typeError("IPAddress: ip must be a string or a number");
    let bits: number | undefined;
    const slash = text.indexOf("/");
    if (slash >= 0) {
      bits = Number(text.slice(slash + 1));
      text = text.slice(0, slash);
    }
    if (mask !== undefined) {
      if (typeof mask !== "number") throw typeError("IPAddress: mask must be a number");
      bits = mask;
    }
    const family = isIP(text);
    if (family === 0) throw typeError(`IPAddress: "${String(ip)}" is not an IP address`);
    this.#family = family as 4 | 6;
    if (bits !== undefined) {
      if (family !== 4 || !(bits >= 0 && bits <= 32))
        throw typeError("IPAddress: mask must be 0-32 bits for IPv4");
      text = maskV4(text, bits);
    }
    this.#addr = text;
  }
  get isV4(): boolean {
    return this.#family === 4;
  }
  get isV6(): boolean {
    return this.#family === 6;
  }
  get isRFC1918(): boolean {
    return this.#family === 4 && RFC1918.check(this.#addr, "ipv4");
  }
  get isLinkLocal(): boolean {
    return LINK_LOCAL.check(this.#addr, this.#family === 4 ? "ipv4" : "ipv6");
  }
  get isMulticast(): boolean {
    return MULTICAST.check(this.#addr, this.#family === 4 ? "ipv4" : "ipv6");
  }
  get isBroadcast(): boolean {
    return this.#addr === "255.255.255.255";
  }
  get isExternal(): boolean {
    return !INTERNAL.check(this.#addr, this.#family === 4 ? "ipv4" : "ipv6") && !this.isMulticast;
  }
  get hostNames(): string[] {
    return [];
  }
  get localityName(): string | null {
    return null;
  }
  get localityNames(): string[] {
    return [];
  }
  equals(other: unknown): boolean {
    if (!(other instanceof EhIPAddress)) throw typeError("IPAddress.equals: argument must be an IPAddress");
    return other.#addr === this.#addr;
  }
  mask(bits: unknown): EhIPAddress {
    return new EhIPAddress(this.#addr, bits);
  }
  toJSON(): string {
    return this.#addr;
  }
  toString(): string {
    return this.#addr;
  }
}

/** The `IPAddress` global: `new IPAddress(ip, mask?)`. */
export function createIPAddressGlobal(): (ip: unknown, mask?: unknown) => EhIPAddress {
  return (ip, mask) => new EhIPAddress(ip, mask);
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "IPAddress",
    status: "simulated",
    differences: [
      "isExternal is true for addresses outside private, loopback, link-local and unique-local ranges; the sensor decides by its network locality settings.",
      "hostNames, localityName and localityNames know nothing (empty, null).",
      "Masks apply to IPv4 only; `ip instanceof IPAddress` is false in the vm runtime.",
      'Addresses inside event fixtures are IPAddress objects only where the test uses `ipaddr("…")`; plain strings stay strings.',
    ],
  },
];
