/** The `System` class: the sensor or console the trigger runs on. */
interface System {
  /** UUID of the sensor or console. */
  readonly uuid: string;
  /** Address of the sensor's primary management interface (interface 1). */
  readonly ipaddr: IPAddress;
  /** Hostname set in the Administration settings. */
  readonly hostname: string;
  /** Firmware version. */
  readonly version: string;
}

declare const System: System;
