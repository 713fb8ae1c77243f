// Compile-only checks of the Flow.store decision (docs/types.md, "Flow.store"): a trigger
// declares the fields it keeps in the store once, and then uses them with their own types, no
// casts; undeclared fields stay unknown and must be narrowed.

declare global {
  interface FlowStore {
    /** When the request was seen, for the response to compute a latency. */
    reqStartMs?: number | null;
    reqUri?: string | null;
    reqClient?: IPAddress | null;
  }
}

if (event === "HTTP_REQUEST") {
  Flow.store.reqStartMs = getTimestamp();
  Flow.store.reqUri = HTTP.uri;
  Flow.store.reqClient = Flow.client.ipaddr;
} else {
  const start = Flow.store.reqStartMs;
  if (start != null) Device.metricAddDataset("http-latency", getTimestamp() - start);
  const uri = Flow.store.reqUri;
  if (uri) debug(uri.toLowerCase());
  Flow.store.reqStartMs = null;
}

// @ts-expect-error -- a declared field keeps its type
Flow.store.reqStartMs = "soon";
// @ts-expect-error -- undeclared fields are unknown until narrowed
const undeclared: number = Flow.store.somethingElse;

// The metric cycle store follows the same pattern.
MetricCycle.store.seen = 1;

export { undeclared };
