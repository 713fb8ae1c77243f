// Compile-only checks of types/flow.d.ts and types/protocols/http.d.ts.

// Endpoints by role and by index.
const clientIp: string = Flow.client.ipaddr.toString();
const ports: number = Flow.client.port + Flow.server.port + Flow.sender.port + Flow.receiver.port;
const sameDevice: boolean = Flow.device1.equals(Flow.device2);
const proto: string = Flow.l7proto + Flow.ipproto + Flow.ipver;
const origin = Flow.tcpOrigin;
// @ts-expect-error -- tcpOrigin may be null
Flow.tcpOrigin.toString();
const rtt: number = Flow.roundTripTime + Flow.client.bytes + Flow.server.pkts;

// Payloads may be null.
const payload = Flow.client.payload;
if (payload !== null && payload.length >= 7) debug(payload.slice(3, 7).decode("utf-8"));
// @ts-expect-error -- the payload may be null
Flow.server.payload.length;

// The flow store carries values from request to response.
if (event === "HTTP_REQUEST") {
  Flow.store.userAgent = HTTP.userAgent;
} else {
  const ua = Flow.store.userAgent;
  Flow.store.userAgent = null;
  if (typeof ua === "string") debug(ua);
  // @ts-expect-error -- store values are unknown until narrowed
  const uaText: string = Flow.store.userAgent;
}
// @ts-expect-error -- the store object itself cannot be replaced
Flow.store = {};

// Participants for commitDetection.
const refs: DetectionParticipantRef[] = [Flow.client.offender, Flow.receiver.victim];

// Methods.
Flow.addApplication("Malformed DNS");
Flow.addApplication("My L4 App", true);
const captureId = Flow.captureStart("facebook-" + HTTP.uri, { maxPackets: 20, maxPacketsLookback: 10 });
if (captureId !== null) Flow.captureStop();
Flow.commitRecord1();
Flow.client.commitRecord();
const custom = Flow.findCustomDevice("abcdef0123456789");
const apps: string = Flow.getApplications();
// @ts-expect-error -- unknown capture option
Flow.captureStart("x", { maxSeconds: 5 });
// @ts-expect-error -- Flow is read-only
Flow.l7proto = "HTTP";

// HTTP.
const summary: string = HTTP.method + " " + HTTP.host + HTTP.uri + "?" + HTTP.query + " " + HTTP.userAgent;
const status: number = HTTP.statusCode;
const query = HTTP.parseQuery(HTTP.query);
const store = query.storeCode;
const storeCode: string = typeof store === "string" ? store : store[0];
const headers = HTTP.headers;
const sessionId = headers["X-Session-Id"];
if (sessionId !== null) Device.metricAddDetailCount("req_count", sessionId, 1);
// @ts-expect-error -- a header lookup may be null
const sessionText: string = headers["X-Session-Id"];
for (let i = 0; i < headers.length; i++) {
  const header: HTTPHeader = headers[i];
  Device.metricAddDetailCount("hdr_count", header.name + "=" + header.value, 1);
}
const contentHeaders: HTTPHeader[] = HTTP.findHeaders("Content-");
const body = HTTP.payload;
if (body !== null) debug(body.decode("utf-8"));
// @ts-expect-error -- HTTP.payload may be null
HTTP.payload.decode("utf-8");
const parts = HTTP.payloadParts;
if (parts !== null) debug(parts[0].payloadSHA256 + parts[0].size);
const fwd = HTTP.origin;
const fwdText: string = typeof fwd === "string" ? fwd : fwd.toString();
HTTP.commitRecord();
commitRecord("custom-http-record", HTTP.record);
// @ts-expect-error -- HTTP is read-only
HTTP.statusCode = 200;
// @ts-expect-error -- not an HTTP property (it is statusCode)
HTTP.status;

export { clientIp, ports, sameDevice, proto, origin, rtt, refs, custom, apps, summary, status, storeCode };
export { contentHeaders, fwdText };
