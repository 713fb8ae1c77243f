/**
 * Slow database queries: every DB response slower than SLOW_MS is written to the recordstore as a
 * `slow_db_query` record (statement cut to MAX_STATEMENT characters, so literals in long
 * statements stay out of the record), and its time goes into a per-table dataset metric on the
 * database server.
 */
export const trigger = {
  name: "Slow database queries",
  events: ["DB_RESPONSE"],
  description: "Records database queries slower than 500 ms and tracks their latency per table.",
} satisfies TriggerConfig;

const SLOW_MS = 500;
const MAX_STATEMENT = 200;

const took = DB.processingTime;
// NaN when the sensor could not time the query: nothing to compare.
if (took === took && took > SLOW_MS) {
  const statement =
    DB.statement.length > MAX_STATEMENT ? `${DB.statement.slice(0, MAX_STATEMENT)}…` : DB.statement;
  const table = DB.table || "(unknown)";
  commitRecord("slow_db_query", {
    database: DB.database,
    table,
    method: DB.method,
    user: DB.user,
    statement,
    processingTime: took,
    error: DB.error || null,
    dbServer: Flow.server.ipaddr.toString(),
    dbClient: Flow.client.ipaddr.toString(),
  });
  Flow.server.device.metricAddDetailDataset("db-slow-query-ms", `${DB.database}.${table}`, took);
  Flow.server.device.metricAddCount("db-slow-queries", 1);
}
