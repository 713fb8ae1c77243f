// Compile-only checks of types/session.d.ts.

const opts: SessionOptions = { expire: 30, priority: Session.PRIORITY_NORMAL, notify: true };
const added: number = Session.add("Windows", 0, opts);
const count: number | null = Session.increment("Windows");
const countBy5: number | null = Session.increment("Windows", 5);
const seen = Session.lookup("key");
// @ts-expect-error -- lookup() gives unknown (or the type argument), possibly null
const seenText: string = Session.lookup("key");
const typed: string | null = Session.lookup<string>("key");
const previous = Session.replace("key", { hits: 1 }, { expire: null });
const prevHits: number = previous === null ? 0 : previous.hits;
Session.modify("key", 2);
Session.remove("key");
const options: SessionOptions = Session.getOptions("key");
Session.add("ip", Flow.client.ipaddr, { priority: Session.PRIORITY_HIGH, expire: 60 });
Session.add("low", true, { priority: Session.PRIORITY_LOW });

// @ts-expect-error -- priorities are the PRIORITY_* constants (0, 1, 2)
Session.add("k", 1, { priority: 3 });
// @ts-expect-error -- priority is not a string
Session.add("k", 1, { priority: "PRIORITY_HIGH" });
// @ts-expect-error -- expire is a number of seconds
Session.add("k", 1, { expire: "30s" });
// @ts-expect-error -- unknown option
Session.add("k", 1, { ttl: 30 });
// @ts-expect-error -- constants are read-only
Session.PRIORITY_LOW = 5;
// @ts-expect-error -- keys are strings
Session.lookup(42);

const expired = Session.expiredKeys;
for (let i = 0; i < expired.length; i++) {
  const age: number = expired[i].age;
  const name: string = expired[i].name;
  const value = expired[i].value;
  if (typeof value === "number" && value > 500) Network.metricAddDetailCount("high", name, 1);
  if (value instanceof Device) value.metricAddCount("expired", 1);
}

export { added, count, countBy5, seen, typed, prevHits, options };
