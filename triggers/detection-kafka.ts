/**
 * Detection records to Kafka: every detection change becomes one JSON record on the
 * "extrahop.detections" topic of the Kafka target "detections-bus", keyed for consumers by
 * detection id and carrying the sensor that saw it.
 */
import { isoTime } from "./lib/detection-text";

export const trigger = {
  name: "Detection records to Kafka",
  events: ["DETECTION_UPDATE"],
  description: "Publishes a JSON record of every detection change to the detections Kafka topic.",
} satisfies TriggerConfig;

const TARGET = "detections-bus";
const TOPIC = "extrahop.detections";

interface DetectionRecord {
  change: "create" | "update";
  id: number;
  type: string;
  title: string;
  riskScore: number | null;
  categories: string[];
  mitre: string[];
  offenders: string[];
  victims: string[];
  status: string | null;
  assignee: string | null;
  ticketId: string | null;
  startTime: string;
  updateTime: string;
  sensor: string;
}

function participants(d: typeof Detection, role: "offender" | "victim"): string[] {
  return d.participants.filter((p) => p.role === role).map((p) => String(p.object));
}

const record: DetectionRecord = {
  change: Detection.isEventCreate ? "create" : "update",
  id: Detection.id,
  type: Detection.type,
  title: Detection.title,
  riskScore: Detection.riskScore,
  categories: Detection.categories.slice(),
  mitre: Detection.mitreCategories.map((m) => m.id),
  offenders: participants(Detection, "offender"),
  victims: participants(Detection, "victim"),
  status: Detection.status,
  assignee: Detection.assignee,
  ticketId: Detection.ticketId,
  startTime: isoTime(Detection.startTime),
  updateTime: isoTime(Detection.updateTime),
  sensor: System.hostname,
};

Remote.Kafka(TARGET).send({ topic: TOPIC, messages: [JSON.stringify(record)] });
