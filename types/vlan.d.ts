/**
 * The `VLAN` class: a VLAN the sensor has seen. Triggers meet it as `MetricRecord.object` of
 * VLAN metrics (and, deprecated, as `Discover.vlan`); it has no global value of its own.
 */
interface VLAN {
  /** Numeric VLAN id. */
  readonly id: number;
}
