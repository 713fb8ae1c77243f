/** The `Discover` class: what NEW_DEVICE and NEW_APPLICATION just discovered. */
interface Discover {
  /** The new application. NEW_APPLICATION only. */
  readonly application: Application;
  /** The new device. NEW_DEVICE only. It cannot be a `commitDetection()` participant. */
  readonly device: Device;
}

declare const Discover: Discover;
