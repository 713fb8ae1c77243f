/** Text renderings of the running detection, shared by the ticket, syslog and Kafka triggers. */

/** "T1021 Remote Services, TA0008 Lateral Movement" — the MITRE techniques and tactics. */
export function mitreList(detection: typeof Detection): string {
  return detection.mitreCategories.map((m) => `${m.id} ${m.name}`).join(", ");
}

/** The offender and victim participants as "offender: 10.1.2.3; victim: web01". */
export function participantList(detection: typeof Detection): string {
  return detection.participants.map((p) => `${p.role}: ${String(p.object)}`).join("; ");
}

/** Milliseconds since the epoch as an ISO 8601 UTC string. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Cuts text to at most `max` characters, marking the cut, so fixed-size sinks never reject it. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Keeps only characters that are safe in Jira labels and syslog structured data. */
export function labelSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "_");
}
