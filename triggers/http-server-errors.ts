/**
 * HTTP server error bursts: counts 5xx responses per server in the session table and commits a
 * custom detection when a server returns more than THRESHOLD of them within WINDOW_SECONDS.
 * One ongoing detection per server (identityKey), consolidated for an hour.
 */
export const trigger = {
  name: "HTTP server error bursts",
  events: ["HTTP_RESPONSE"],
  description: "Raises a custom detection when one server returns a burst of 5xx responses.",
  debug: false,
} satisfies TriggerConfig;

const THRESHOLD = 50;
const WINDOW_SECONDS = 60;

if (HTTP.statusCode >= 500 && HTTP.statusCode <= 599) {
  const server = Flow.server.ipaddr.toString();
  const key = `http-5xx:${server}`;
  Session.add(key, 0, { expire: WINDOW_SECONDS });
  const count = Session.increment(key);
  debug(`http-server-errors: ${server} answered ${HTTP.statusCode} (${count} in window)`);
  if (count === THRESHOLD) {
    commitDetection("http_server_error_burst", {
      title: `HTTP error burst from ${server}`,
      description: `The server **${server}** returned ${THRESHOLD} HTTP 5xx responses within ${WINDOW_SECONDS} seconds. Last: ${HTTP.statusCode} for \`${HTTP.method} ${HTTP.uri}\`.`,
      riskScore: 30,
      participants: [Flow.server.victim],
      identityKey: server,
      identityTtl: "hour",
    });
  }
}
