/**
 * The `Network` class: custom metrics at the global (network) level, e.g.
 * `Network.metricAddCount("x", 1)`.
 */
interface Network extends CustomMetrics {}

declare const Network: Network;
