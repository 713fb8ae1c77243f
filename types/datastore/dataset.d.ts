/**
 * The `Dataset` class: a distribution metric value, as found in `MetricRecord.fields` on
 * METRIC_RECORD_COMMIT. It is a frequency table; there is no global `Dataset` value.
 */

/** One row of a dataset's frequency table. */
interface DatasetEntry {
  /** How many times `value` was observed. */
  readonly frequency: number;
  readonly value: number;
}

interface Dataset {
  /** The frequency table: each observed value with its count. */
  readonly entries: readonly DatasetEntry[];
  /**
   * Percentiles of the distribution. One number in gives one number back; several (as arguments
   * or an array, ascending, no repeats, fractions such as 99.9 allowed) give an array.
   */
  percentile(percentile: number): number;
  percentile(...percentiles: number[]): number[];
  percentile(percentiles: readonly number[]): number[];
}
