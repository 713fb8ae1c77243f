/**
 * Detection summaries to the SIEM: one syslog line per new or updated detection through the
 * Remote.Syslog target "siem", at a severity that follows the risk score. Lines are cut to the
 * target's default 1024-byte message size so the collector never receives a truncated header.
 */
import { cutToBytes } from "./lib/bytes";
import { labelSafe, mitreList } from "./lib/detection-text";
import { severityFromRisk } from "./lib/risk";

export const trigger = {
  name: "Detection summaries to syslog",
  events: ["DETECTION_UPDATE"],
  description: "Sends a one-line key=value summary of every detection change to the SIEM syslog target.",
} satisfies TriggerConfig;

const TARGET = "siem";
/** 1024 bytes per message, less up to 30 bytes of syslog header. */
const MAX_MESSAGE_BYTES = 994;

function quoted(text: string): string {
  return `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, " ")}"`;
}

function summary(d: typeof Detection): string {
  const fields: [string, string][] = [
    ["event", d.isEventCreate ? "create" : "update"],
    ["id", String(d.id)],
    ["type", labelSafe(d.type)],
    ["risk", d.riskScore === null ? "none" : String(d.riskScore)],
    ["status", d.status === null ? "open" : d.status],
    ["categories", d.categories.join(",")],
    ["ticket", d.ticketId === null ? "none" : quoted(d.ticketId)],
    ["mitre", quoted(mitreList(d))],
    ["title", quoted(d.title)],
  ];
  return `ExtraHop detection ${fields.map(([k, v]) => `${k}=${v}`).join(" ")}`;
}

const message = cutToBytes(summary(Detection), MAX_MESSAGE_BYTES);
const severity = severityFromRisk(Detection.riskScore);
const sent = Remote.Syslog(TARGET)[severity](message);
if (!sent) {
  log(`detection-syslog: syslog target ${TARGET} refused the summary of detection ${Detection.id}`);
}
