import { priorityFromRisk } from "./lib/risk";

export const trigger = {
  name: "Ticket tracking: open Jira issues for detections",
  events: ["DETECTION_UPDATE"],
  description: "Opens a Jira issue for every new detection.",
  debug: false,
} satisfies TriggerConfig;

if (Detection.isEventCreate) {
  const ok = Remote.HTTP("ticket-server").post({
    path: "/rest/api/issue",
    headers: { "Content-Type": "application/json" },
    payload: JSON.stringify({
      fields: {
        summary: `ExtraHop Detection: ${Detection.id}: ${Detection.title}`,
        priority: { name: priorityFromRisk(Detection.riskScore) },
      },
    }),
  });
  if (!ok) log(`could not queue the Jira issue for detection ${Detection.id}`);
}
