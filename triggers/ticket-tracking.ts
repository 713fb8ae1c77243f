/**
 * Ticket tracking, as in ExtraHop's ticket-tracking guide: every new detection opens a Jira
 * issue through the HTTP Open Data Stream target "ticket-server". Updates of detections that
 * already have a ticket (written back by `ehtrig tickets sync`) are added to it as comments.
 */
import { isoTime, labelSafe, mitreList, participantList } from "./lib/detection-text";
import { priorityFromRisk } from "./lib/risk";

export const trigger = {
  name: "Ticket tracking: open Jira issues for detections",
  events: ["DETECTION_UPDATE"],
  description: "Opens a Jira issue for every new detection and comments on it when the detection changes.",
  debug: false,
} satisfies TriggerConfig;

const TARGET = "ticket-server";
const PROJECT_KEY = "SEC";
const ISSUE_TYPE = "Task";
const ASSIGNEE = "escalations_team";
const REPORTER = "ExtraHop";
const HEADERS = { "Content-Type": "application/json" };

function describe(detection: typeof Detection): string {
  const lines = [
    `ExtraHop has detected the following event on your network: ${detection.description}`,
    "",
    `Detection ID: ${detection.id}`,
    `Type: ${detection.type}`,
    `Risk score: ${detection.riskScore === null ? "none" : detection.riskScore}`,
    `Categories: ${detection.categories.join(", ")}`,
    `Participants: ${participantList(detection)}`,
    `Started: ${isoTime(detection.startTime)}`,
  ];
  const mitre = mitreList(detection);
  if (mitre) lines.push(`MITRE ATT&CK: ${mitre}`);
  return lines.join("\n");
}

function openIssue(detection: typeof Detection): void {
  const issue = {
    fields: {
      project: { key: PROJECT_KEY },
      issuetype: { name: ISSUE_TYPE },
      summary: `ExtraHop Detection: ${detection.id}: ${detection.title}`,
      description: describe(detection),
      assignee: { name: ASSIGNEE },
      reporter: { name: REPORTER },
      priority: { name: priorityFromRisk(detection.riskScore) },
      labels: [
        ...detection.categories.map(labelSafe),
        ...detection.mitreCategories.map((m) => `mitre-${labelSafe(m.id)}`),
      ],
    },
  };
  const queued = Remote.HTTP(TARGET).post({
    path: "/rest/api/issue",
    headers: HEADERS,
    payload: JSON.stringify(issue),
  });
  if (!queued) {
    log(`ticket-tracking: could not queue Jira issue for detection ${detection.id} to ${TARGET}`);
  }
}

function commentOnTicket(detection: typeof Detection, ticketId: string): void {
  const status = detection.status === null ? "open" : detection.status;
  const body = `Detection ${detection.id} was updated at ${isoTime(detection.updateTime)}: status ${status}, risk score ${
    detection.riskScore === null ? "none" : detection.riskScore
  }.`;
  const queued = Remote.HTTP(TARGET).post({
    path: `/rest/api/issue/${encodeURIComponent(ticketId)}/comment`,
    headers: HEADERS,
    payload: JSON.stringify({ body }),
  });
  if (!queued) {
    log(`ticket-tracking: could not queue comment on ${ticketId} for detection ${detection.id}`);
  }
}

if (Detection.isEventCreate) {
  openIssue(Detection);
} else if (Detection.ticketId) {
  commentOnTicket(Detection, Detection.ticketId);
} else {
  debug(`ticket-tracking: detection ${Detection.id} updated before its ticket id was written back`);
}
