// Compile-only checks: the session table holds JSON-like values and engine objects, and the
// expired entries on SESSION_EXPIRE hand them back as SessionValue.

Session.add("hits:" + Flow.client.ipaddr, { count: 1, first: getTimestamp(), paths: ["/login"] });
Session.add("last-client", Flow.client.ipaddr, { expire: 300, notify: true });
Session.add("last-device", Flow.server.device);
Session.replace("nested", { device: Flow.client.device, addrs: [Flow.client.ipaddr], ok: true, note: null });
const counter = Session.lookup<{ count: number }>("hits:10.0.0.1");
if (counter !== null) Session.replace("hits:10.0.0.1", { count: counter.count + 1 });

const expiredKeys = Session.expiredKeys;
for (let i = 0; i < expiredKeys.length; i++) {
  const entry = expiredKeys[i];
  const value = entry.value;
  if (typeof value === "number") Network.metricAddDetailCount("expired-count", entry.name, value);
  else if (typeof value === "string") debug(entry.name + "=" + value);
  else if (value instanceof IPAddress) Network.metricAddDetailCount("expired-ip", value, 1);
  else if (value instanceof Device) value.metricAddCount("expired", 1);
  else if (value !== null && typeof value === "object" && !(value instanceof Buffer)) {
    // Arrays and plain objects come back as SessionValue containers.
    const fields = value as { readonly [key: string]: SessionValue };
    const count = fields.count;
    if (typeof count === "number") debug("expired after " + count);
  }
  // @ts-expect-error -- a value must be narrowed before use as a number
  const n: number = entry.value;
  void n;
}

const stored: SessionValue = { list: [1, "two", false, null], addr: Flow.client.ipaddr };
// @ts-expect-error -- functions are not session values
const notStored: SessionValue = () => 1;

export { stored, notStored };
