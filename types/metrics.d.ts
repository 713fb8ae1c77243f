/**
 * The `metricAdd*` family shared by `Device` (instances and the class itself), `Application`
 * instances and `Network`: custom metrics committed to that object.
 *
 * Not expressible in the type, checked by the engine: values must be positive 64-bit integers;
 * NaN values and null detail keys are silently dropped.
 */

interface MetricOptions {
  /** Keep one-second granularity for this metric. */
  highPrecision?: boolean;
}

interface DatasetMetricOptions extends MetricOptions {
  /** Record `val` this many times at once. Default 1. */
  freq?: number;
}

/** Key of a detail metric; null keys are dropped by the engine. */
type MetricDetailKey = string | IPAddress | null;

/** An item of a distinct-count metric; it is turned into a string before counting. */
type MetricDistinctItem = number | string | IPAddress;

interface CustomMetrics {
  metricAddCount(metricName: string, count: number, options?: MetricOptions): void;
  metricAddDetailCount(
    metricName: string,
    key: MetricDetailKey,
    count: number,
    options?: MetricOptions,
  ): void;
  metricAddDataset(metricName: string, val: number, options?: DatasetMetricOptions): void;
  metricAddDetailDataset(
    metricName: string,
    key: MetricDetailKey,
    val: number,
    options?: DatasetMetricOptions,
  ): void;
  metricAddDistinct(metricName: string, item: MetricDistinctItem): void;
  metricAddDetailDistinct(metricName: string, key: MetricDetailKey, item: MetricDistinctItem): void;
  metricAddMax(metricName: string, val: number, options?: MetricOptions): void;
  metricAddDetailMax(metricName: string, key: MetricDetailKey, val: number, options?: MetricOptions): void;
  metricAddSampleset(metricName: string, val: number, options?: MetricOptions): void;
  metricAddDetailSampleset(
    metricName: string,
    key: MetricDetailKey,
    val: number,
    options?: MetricOptions,
  ): void;
  metricAddSnap(metricName: string, count: number, options?: MetricOptions): void;
  metricAddDetailSnap(metricName: string, key: MetricDetailKey, count: number, options?: MetricOptions): void;
}
