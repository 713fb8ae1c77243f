declare global {
  interface FlowStore {
    reqStartMs?: number | null;
  }
}
Flow.store.reqStartMs = getTimestamp(); // HTTP_REQUEST
const ms = getTimestamp() - (Flow.store.reqStartMs ?? 0); // HTTP_RESPONSE: a number, no cast
