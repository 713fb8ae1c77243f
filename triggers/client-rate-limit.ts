/**
 * A per-client HTTP rate limiter in the session table. Each request counts against its client in
 * a WINDOW_SECONDS window (a session entry that expires with the window). The first request over
 * LIMIT marks the client as limited for BLOCK_SECONDS and queues it; every 30 seconds the queue
 * goes to the SIEM as one syslog line and into a network metric. Requests per client also feed the
 * `http-requests-by-client` detail metric that the `top-talkers` trigger reads back.
 */
export const trigger = {
  name: "HTTP client rate limiter",
  events: ["HTTP_REQUEST", "TIMER_30SEC"],
  description: "Marks HTTP clients over 100 requests a minute as limited and reports them every 30 seconds.",
} satisfies TriggerConfig;

const LIMIT = 100;
const WINDOW_SECONDS = 60;
const BLOCK_SECONDS = 600;
/** Clients that went over the limit since the last report, comma-separated. */
const QUEUE_KEY = "rate-limit:queue";

function onRequest(): void {
  const client = Flow.client.ipaddr.toString();
  Network.metricAddDetailCount("http-requests-by-client", Flow.client.ipaddr, 1);
  const key = `rate-limit:count:${client}`;
  Session.add(key, 0, { expire: WINDOW_SECONDS });
  const count = Session.increment(key);
  if (count !== LIMIT + 1) return;
  Session.replace(`rate-limit:limited:${client}`, count, { expire: BLOCK_SECONDS });
  const queued = Session.lookup(QUEUE_KEY);
  Session.replace(QUEUE_KEY, typeof queued === "string" && queued ? `${queued},${client}` : client);
  debug(`rate limit: ${client} went over ${LIMIT} requests in ${WINDOW_SECONDS} s`);
}

function report(): void {
  const queued = Session.remove(QUEUE_KEY);
  if (typeof queued !== "string" || !queued) return;
  const clients = queued.split(",");
  Network.metricAddCount("http-rate-limited-clients", clients.length);
  const sent = Remote.Syslog("siem").warn(
    `ehtrig rate-limit limit=${LIMIT}/${WINDOW_SECONDS}s clients=${clients.join(" ")}`,
  );
  if (!sent) log(`rate limit: the SIEM refused the report of ${clients.length} clients`);
}

if (event === "TIMER_30SEC") report();
else onRequest();
