/**
 * HTTP top talkers, read back from the datastore: at each metric commit this reads the
 * `http-requests-by-client` topnset that `client-rate-limit` feeds, writes the TOP_N clients to
 * the recordstore as an `http_top_talkers` record, and commits a detection when one client sends
 * more than DOMINANT_SHARE of all requests of a busy cycle.
 */
export const trigger = {
  name: "HTTP top talkers",
  events: ["METRIC_RECORD_COMMIT"],
  description:
    "Records the busiest HTTP clients of each metric cycle; flags a client that dominates the traffic.",
  hints: { metricTypes: "extrahop.network.custom_detail", cycle: "30sec" },
} satisfies TriggerConfig;

const FIELD = "http-requests-by-client";
const TOP_N = 5;
const DOMINANT_SHARE = 0.5;
const BUSY_CYCLE = 1_000;

interface Talker {
  client: string;
  requests: number;
}

/** The client a topnset key names: the address of an `ipaddr` key, else the key's text. */
function clientOf(key: TopnsetKey): string {
  const value = key.value;
  if (key.type === "ipaddr" && typeof value === "object") return String(value.addr);
  return String(value);
}

function talkers(top: Topnset): Talker[] {
  const out: Talker[] = [];
  for (let i = 0; i < top.entries.length; i++) {
    const entry = top.entries[i];
    if (typeof entry.value === "number") out.push({ client: clientOf(entry.key), requests: entry.value });
  }
  return out.sort((a, b) => b.requests - a.requests);
}

const field = MetricRecord.fields[FIELD];
if (field !== undefined && typeof field === "object" && "lookup" in field) {
  const all = talkers(field);
  let total = 0;
  for (let i = 0; i < all.length; i++) total += all[i].requests;
  if (all.length > 0) {
    const top = all.slice(0, TOP_N);
    commitRecord("http_top_talkers", {
      cycle: MetricCycle.id,
      totalRequests: total,
      clients: top.map((t) => t.client).join(","),
      requests: top.map((t) => t.requests).join(","),
    });
    const first = all[0];
    if (total >= BUSY_CYCLE && first.requests > total * DOMINANT_SHARE) {
      commitDetection("http_dominant_client", {
        title: `${first.client} sent ${Math.round((first.requests / total) * 100)}% of HTTP requests`,
        description: `In the ${MetricCycle.id} cycle ending ${new Date(MetricRecord.time).toUTCString()}, **${first.client}** sent ${first.requests} of ${total} HTTP requests.`,
        riskScore: 25,
        identityKey: first.client,
        identityTtl: "hour",
      });
    }
  }
}
