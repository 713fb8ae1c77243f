/** The `Discover` class: what NEW_DEVICE and NEW_APPLICATION just discovered. */
interface Discover {
  /** The new application. NEW_APPLICATION only. */
  readonly application: Application;
  /** The new device. NEW_DEVICE only. It cannot be a `commitDetection()` participant. */
  readonly device: Device;
  /** @deprecated since 6.1, without replacement (NEW_VLAN no longer runs). */
  readonly vlan: VLAN;
}

declare const Discover: Discover;
