/**
 * The `Topnset` class: a detail metric value keyed like the `metricAddDetail*()` calls that fed
 * it, as found in `MetricRecord.fields` on METRIC_RECORD_COMMIT. There is no global `Topnset`.
 */

/** Kinds of topnset key. */
type TopnsetKeyType = "int" | "string" | "device_id" | "ipaddr" | "addr_pair" | "ether";

/**
 * A topnset key. `value` depends on `type`: a number, string or device id for `int`, `string` and
 * `device_id`; an object (`addr`, `proto`, `port`, `device_id`, `origin` for `ipaddr`; `addr1`,
 * `addr2`, `port1`, `port2`, `proto` for `addr_pair`; `ethertype`, `hwaddr` for `ether`).
 */
interface TopnsetKey {
  readonly type: TopnsetKeyType;
  readonly value: number | string | { readonly [field: string]: unknown };
}

/** What a topnset entry holds: a count or another metric value. */
type TopnsetValue = number | string | Dataset | Sampleset | Topnset;

interface TopnsetEntry {
  readonly key: TopnsetKey;
  readonly value: TopnsetValue;
}

/** What the find methods match against: an address, a string, or a partial key object. */
type TopnsetKeyPattern = IPAddress | string | { readonly type?: TopnsetKeyType; readonly value?: unknown };

interface Topnset {
  /** The entries, at most 1000. */
  readonly entries: readonly TopnsetEntry[];
  /** Every entry whose key matches. */
  findEntries(key: TopnsetKeyPattern): TopnsetEntry[];
  /** Every key that matches. */
  findKeys(key: TopnsetKeyPattern): TopnsetKey[];
  /** The value of the first entry whose key matches, or null. */
  lookup(key: TopnsetKeyPattern): TopnsetValue | null;
}
