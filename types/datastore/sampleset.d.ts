/**
 * The `Sampleset` class: a summary metric value (count, mean, deviation), as found in
 * `MetricRecord.fields` on METRIC_RECORD_COMMIT. There is no global `Sampleset` value.
 */
interface Sampleset {
  /** Number of samples. */
  readonly count: number;
  /** Average of the samples. */
  readonly mean: number;
  /** Standard deviation of the samples. */
  readonly sigma: number;
  /** Sum of the samples. */
  readonly sum: number;
  /** Sum of the squared samples. */
  readonly sum2: number;
}
