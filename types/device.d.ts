/**
 * The `Device` class: a device the sensor has discovered, and custom metrics for it.
 *
 * `Device.metricAdd*()` on the class records the metric for the trigger's device in both its
 * client and server roles; `Flow.client.device.metricAdd*()` records it for one role only.
 */
interface Device extends CustomMetrics {
  /** CDP name, if known. */
  readonly cdpName: string;
  /** DHCP name, if known. */
  readonly dhcpName: string;
  /** When the device was last (re)discovered, in milliseconds since the epoch. */
  readonly discoverTime: number;
  /** DNS names, if known. */
  readonly dnsNames: readonly string[];
  /** True when a trigger assigned to this device is running; tells device roles apart. */
  readonly hasTrigger: boolean;
  /** MAC address, if known. */
  readonly hwaddr: string;
  /** The 16-character device id. */
  readonly id: string;
  /** Known addresses; exactly one for an L3 device. */
  readonly ipaddrs: readonly IPAddress[];
  readonly isGateway: boolean;
  /** True for an L3 child device (always false unless discovery by IP address is enabled). */
  readonly isL3: boolean;
  /** NetBIOS name, if known. */
  readonly netbiosName: string;
  readonly vlanId: number;
  equals(other: Device): boolean;
  /** `[object Device <id>]`. */
  toString(): string;
}

interface DeviceConstructor extends CustomMetrics {
  /** A copy of the device with this 16-character id, e.g. `new Device(Flow.server.device.id)`. */
  new (id: string): Device;
  readonly prototype: Device;
  /** The L3 device with this address, or null. `vlan` defaults to 0. */
  lookupByIP(addr: IPAddress | string, vlan?: number): Device | null;
  /** The L2 device with this MAC address, or null. `vlan` defaults to 0. */
  lookupByMAC(addr: string, vlan?: number): Device | null;
}

declare const Device: DeviceConstructor;
