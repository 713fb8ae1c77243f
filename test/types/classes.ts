// Compile-only checks of the general classes: Device, Application, Network, IPAddress, Buffer,
// System, Trigger, GeoIP, ThreatIntel, Discover, ExternalData.

// Device: instances, lookups, and metricAdd* on both the class and instances.
const server = new Device(Flow.server.device.id);
const names: string = server.dnsNames.join(",") + server.hwaddr + server.cdpName + server.netbiosName;
const byIp = Device.lookupByIP("10.0.0.1", 0);
const byIp2 = Device.lookupByIP(Flow.client.ipaddr);
const byMac = Device.lookupByMAC("00:11:22:33:44:55");
if (byIp !== null && byIp.equals(server)) byIp.metricAddCount("same", 1);
// @ts-expect-error -- lookups may find nothing
byMac.metricAddCount("x", 1);
Device.metricAddCount("slow_rsp", 1, { highPrecision: true });
Device.metricAddDetailCount("by_user", "alice", 1);
Device.metricAddDetailCount("by_ip", Flow.client.ipaddr, 1);
Device.metricAddDetailCount("dropped_when_null", HTTP.headers["Cust-ID"], 1);
Device.metricAddDataset("latency", 12, { freq: 3 });
Device.metricAddDetailDataset("latency", "GET", 12);
Device.metricAddDistinct("clients", Flow.client.ipaddr);
Device.metricAddDetailDistinct("clients", "GET", 42);
Device.metricAddMax("max", 1);
Device.metricAddDetailMax("max", "k", 1);
Device.metricAddSampleset("proc", HTTP.processingTime);
Device.metricAddDetailSampleset("proc", "k", 1);
Device.metricAddSnap("conns", 4);
Device.metricAddDetailSnap("conns", "k", 4);
Flow.client.device.metricAddCount("client_only", 1);
// @ts-expect-error -- counts are numbers
Device.metricAddCount("x", "1");
// @ts-expect-error -- freq exists only for datasets
Device.metricAddCount("x", 1, { freq: 2 });
// @ts-expect-error -- device properties are read-only
server.hwaddr = "x";
// @ts-expect-error -- Device needs an id
new Device();

// Application: called, never used as a class.
const app = Application("My App");
app.commit();
app.metricAddCount("requests", 1);
app.metricAddDetailCount("requests", HTTP.uri, 1);
const appId: string = app.id + app.toString();
// @ts-expect-error -- metric methods exist only on instances
Application.metricAddCount("responses", 1);

// Network: global metrics.
Network.metricAddCount("perf_trigger_success", 1);
Network.metricAddDetailSampleset("soap_proc_detail", "method", HTTP.processingTime);
// @ts-expect-error -- Network has no commit
Network.commit();

// IPAddress.
const ip = new IPAddress("10.10.10.10");
const net = new IPAddress("10.0.0.0", 8);
const masked: string = Flow.ipaddr1.mask(24).toString();
const local: boolean = ip.isRFC1918 && ip.isV4 && !ip.isV6 && ip.equals(net);
const locality: string = ip.localityName ?? "none";
// @ts-expect-error -- localityName may be null
const localityRaw: string = ip.localityName;

// Buffer (the engine's, not Node's).
const decoded = new Buffer("aGVsbG8=", "base64");
const text: string = decoded.decode("utf-8") + decoded.toString("hex") + decoded.toString();
const firstByte: number = decoded[0];
const tail: Buffer = decoded.slice(-2);
const fields = decoded.unpack("BBbbII");
const nextOffset: number = fields.bytes;
const more = decoded.unpack<[string, number]>("4sI", nextOffset);
const idText: string = more[0];
// @ts-expect-error -- not an input encoding of the constructor
new Buffer("x", "utf-8");
// @ts-expect-error -- not Node's Buffer
Buffer.from("x");
// @ts-expect-error -- not a decoding
decoded.decode("latin1");
// @ts-expect-error -- buffers are read-only
decoded[0] = 1;

// System, Trigger.
const host: string = System.hostname + System.uuid + System.version + System.ipaddr.toString();
if (Trigger.isDebugEnabled) debug("debug on");
// @ts-expect-error -- read-only
Trigger.isDebugEnabled = true;

// GeoIP, ThreatIntel.
const country = GeoIP.getCountry(Flow.client.ipaddr);
const code: string = country !== null && country.countryCode !== null ? country.countryCode : "??";
const place = GeoIP.getPreciseLocation(Flow.client.ipaddr);
const lat: number | null = place === null ? null : place.latitude;
const listed: boolean | null = ThreatIntel.isAvailable ? ThreatIntel.hasIP(Flow.server.ipaddr) : null;
ThreatIntel.hasDomain("example.com");
ThreatIntel.hasURI("/x");
// @ts-expect-error -- hasIP takes an IPAddress
ThreatIntel.hasIP("10.0.0.1");

// Discover, ExternalData.
Remote.Syslog.info("Discovered device " + Discover.device.id + " (" + Discover.device.hwaddr + ")");
const newApp: Application = Discover.application;
const external: string = ExternalData.type + ExternalData.body;

export { names, byIp2, appId, masked, local, locality, text, firstByte, tail, idText, host, code, lat };
export { listed, newApp, external };
