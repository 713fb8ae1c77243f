/**
 * The `MetricCycle` class: the 30-second metric cycle, on METRIC_CYCLE_BEGIN, METRIC_CYCLE_END
 * and the METRIC_RECORD_COMMIT events in between.
 */

/**
 * Scratch space kept from METRIC_CYCLE_BEGIN to METRIC_CYCLE_END, shared by the METRIC_* triggers.
 */
interface MetricCycleStore {
  [key: string]: unknown;
}

interface MetricCycle {
  /** Cycle name; always `30sec`. */
  readonly id: string;
  /** Start and end of the cycle, in ms since the epoch. */
  readonly interval: { readonly from: number; readonly until: number };
  /** Values kept across the cycle's METRIC_RECORD_COMMIT events; emptied when the cycle ends. */
  readonly store: MetricCycleStore;
}

declare const MetricCycle: MetricCycle;
