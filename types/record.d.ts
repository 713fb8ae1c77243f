/**
 * The built-in record of a protocol class (`HTTP.record`, `DNS.record`, …). The engine fills it
 * with the class's default fields; a trigger may add or overwrite fields before calling the
 * class's `commitRecord()`, or hand the object to the global `commitRecord(id, record)` for a
 * custom record type.
 *
 * Field values are `unknown`: the reference lists each record's field names per event but not
 * their types, so a field read back must be narrowed (`typeof r.statusCode === "number"`).
 * Writing is open on purpose: that is how records are extended.
 */
interface ProtocolRecord {
  [field: string]: unknown;
}
