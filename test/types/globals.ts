// Compile-only checks of types/globals.d.ts: the lines under @ts-expect-error must fail.

debug("message");
log("message " + getTimestamp());
const digest: string = md5("x") + sha1(Flow.client.payload ?? "") + sha256("x") + sha512("x");
const id: string = uuid();

// cache() keeps the value's type and refuses a function that may give null.
const cities = cache("cities", () => ({ 1: "Newark", 2: "St Paul" }));
const city: string = cities[1];
const agents = cache("agents", () => ["curl", "wget"]);
const agentCount: number = agents.length;
// @ts-expect-error -- valueFn must return a non-null value
cache("maybe", () => (Trigger.isDebugEnabled ? "x" : null));
// @ts-expect-error -- valueFn takes no arguments
cache("args", (n: number) => n);

// event is one of the known event names.
if (event === "HTTP_REQUEST" || event === "DETECTION_UPDATE") debug(event);
// @ts-expect-error -- not an event name
if (event === "HTTP_REQUESTS") debug("never");

commitDetection("brute_force_attack", {
  title: "Brute force",
  description: "Many failed logins from **" + Flow.client.ipaddr + "**",
  riskScore: 60,
  participants: [Flow.client.offender, Flow.server.victim],
  identityKey: Flow.client.ipaddr.toString(),
  identityTtl: "day",
});
commitDetection("minimal", { title: "t", description: "d", riskScore: null, identityKey: null });
// @ts-expect-error -- identityTtl is hour, day or week
commitDetection("x", { title: "t", description: "d", identityTtl: "month" });
// @ts-expect-error -- title is required
commitDetection("x", { description: "d" });
// @ts-expect-error -- a Device is not a participant reference; use Flow.<role>.offender/victim
commitDetection("x", { title: "t", description: "d", participants: [Discover.device] });
// @ts-expect-error -- riskScore is a number
commitDetection("x", { title: "t", description: "d", riskScore: "60" });

commitRecord("custom_http", { uri: HTTP.uri, status: HTTP.statusCode });
commitRecord("custom_copy", HTTP.record);
// @ts-expect-error -- the record is an object
commitRecord("custom", "text");

// @ts-expect-error -- hashes take a string or Buffer
md5(42);
// @ts-expect-error -- debug takes one string
debug("a", "b");

export { digest, id, city, agentCount };
