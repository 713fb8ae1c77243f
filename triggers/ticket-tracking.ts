/**
 * Ticket tracking, as in ExtraHop's ticket-tracking guide: every new detection opens a Jira
 * issue through the HTTP Open Data Stream target "ticket-server". Updates of detections that
 * have a ticket are added to it as comments.
 *
 * The issue key comes back in the ticket server's answer (REMOTE_RESPONSE) and is kept in the
 * Session table until `ehtrig tickets sync` writes it back as the detection's ticket id, so
 * updates in between comment on the right issue. A detection whose issue could not be opened
 * (the ticket server refused it, or did not answer within a minute) has neither: its next update
 * opens the issue. While a request is unanswered, updates wait for it rather than open a second
 * issue for the same detection.
 */
import { isoTime, labelSafe, mitreList, participantList } from "./lib/detection-text";
import { priorityFromRisk } from "./lib/risk";

export const trigger = {
  name: "Ticket tracking: open Jira issues for detections",
  events: ["DETECTION_UPDATE", "REMOTE_RESPONSE"],
  description: "Opens a Jira issue for every new detection and comments on it when the detection changes.",
  debug: false,
} satisfies TriggerConfig;

const TARGET = "ticket-server";
const PROJECT_KEY = "SEC";
const ISSUE_TYPE = "Task";
const ASSIGNEE = "escalations_team";
const REPORTER = "ExtraHop";
const HEADERS = { "Content-Type": "application/json" };
/** Session key prefix: detection id → key of the issue opened for it. */
const ISSUE_KEY = "ticket-tracking:issue:";
/** A week: by then `tickets sync` has long written the key back as the detection's ticket id. */
const ISSUE_KEY_SECONDS = 7 * 24 * 3600;
/** Session key prefix: detection id → an issue request that has had no answer yet. */
const PENDING = "ticket-tracking:pending:";
/**
 * How long an unanswered issue request holds back updates. A target that is down never answers
 * (REMOTE_RESPONSE runs only on an answer), so after this the next update opens the issue.
 */
const PENDING_SECONDS = 60;

/** What the issue request passes to its REMOTE_RESPONSE. */
interface IssueContext {
  detection: number;
}

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
  const context: IssueContext = { detection: detection.id };
  const queued = Remote.HTTP(TARGET).post({
    path: "/rest/api/issue",
    headers: HEADERS,
    payload: JSON.stringify(issue),
    enableResponseEvent: true,
    context,
  });
  if (!queued) {
    log(`ticket-tracking: could not queue Jira issue for detection ${detection.id} to ${TARGET}`);
    return;
  }
  Session.replace(PENDING + detection.id, true, { expire: PENDING_SECONDS });
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

/** Keeps the key of a newly opened issue; a refusal leaves none, so the next update tries again. */
function rememberIssue(response: typeof Remote.response): void {
  const context = response.context as IssueContext | null;
  if (context === null || typeof context !== "object" || typeof context.detection !== "number") return;
  Session.remove(PENDING + context.detection);
  let key: unknown;
  try {
    key = (JSON.parse(response.body.toString()) as { key?: unknown }).key;
  } catch {
    key = undefined;
  }
  if (response.statusCode !== 201 || typeof key !== "string") {
    log(
      `ticket-tracking: ${TARGET} answered ${response.statusCode} to the issue for detection ${context.detection}; its next update tries again`,
    );
    return;
  }
  Session.replace(ISSUE_KEY + context.detection, key, { expire: ISSUE_KEY_SECONDS });
}

if (event === "REMOTE_RESPONSE") {
  rememberIssue(Remote.response);
} else if (Detection.isEventCreate) {
  openIssue(Detection);
} else {
  const ticketId = Detection.ticketId || Session.lookup<string>(ISSUE_KEY + Detection.id);
  if (ticketId) {
    commentOnTicket(Detection, ticketId);
  } else if (Session.lookup(PENDING + Detection.id)) {
    debug(
      `ticket-tracking: detection ${Detection.id}'s issue request is still unanswered; not opening another`,
    );
  } else {
    debug(`ticket-tracking: detection ${Detection.id} has no issue yet; opening it now`);
    openIssue(Detection);
  }
}
