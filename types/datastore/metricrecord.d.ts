/**
 * The `MetricRecord` class: one published metric record, on METRIC_RECORD_COMMIT (the trigger
 * names the metric types it wants in its advanced options).
 */

/** A metric value of a record: a count, or one of the datastore value classes. */
type MetricFieldValue = number | Dataset | Sampleset | Topnset;

interface MetricRecord {
  /** The record's values by field name. */
  readonly fields: { readonly [field: string]: MetricFieldValue };
  /** Metric type, e.g. `extrahop.device.http_server`. */
  readonly id: string;
  /**
   * What the metrics belong to: a Device, Application or VLAN, or the Network for capture metrics.
   * Narrow with `instanceof` (Device) or by the metric `id` before reading members.
   */
  readonly object: Device | Application | VLAN | Network;
  /** Publish time of the record, in ms since the epoch. */
  readonly time: number;
}

declare const MetricRecord: MetricRecord;
