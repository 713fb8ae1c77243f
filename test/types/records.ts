// Compile-only checks: the engine's built-in records (types/record.d.ts) are extendable before
// they are committed, and their fields are unknown until narrowed.

// HTTP: add fields to the built-in record, then commit it, or send it as a custom record.
if (event === "HTTP_RESPONSE") {
  const httpRecord = HTTP.record;
  httpRecord.tenant = HTTP.headers["X-Tenant"];
  httpRecord.slow = HTTP.processingTime > 500;
  httpRecord.timing = { ttfb: HTTP.rspTimeToFirstHeader, total: HTTP.rspTimeToLastByte };
  HTTP.record.userClass = "premium";
  HTTP.commitRecord();
  commitRecord("http-with-tenant", httpRecord);
  const status = httpRecord.statusCode;
  if (typeof status === "number" && status >= 500) debug("server error");
  // @ts-expect-error -- a record field is unknown until narrowed
  const statusText: number = httpRecord.statusCode;
  void statusText;
  // @ts-expect-error -- the record object itself cannot be replaced
  HTTP.record = {};
}

// Other protocol classes and the flow records share the same record type.
const dnsRecord: ProtocolRecord = DNS.record;
dnsRecord.resolverGroup = "internal";
DNS.commitRecord();
CIFS.record.share = CIFS.share;
DB.record.statementLength = DB.statement.length;
Flow.client.record.label = "east-west";
Flow.record1.label = "east-west";
Flow.client.commitRecord();

// NetFlow has no commitRecord(); its record goes through the global function.
NetFlow.record.exporter = NetFlow.network.id;
commitRecord("netflow-custom", NetFlow.record);
// @ts-expect-error -- NetFlow has no commitRecord method
NetFlow.commitRecord();
