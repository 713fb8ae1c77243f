/**
 * Issues as rows for `ehtrig tickets sync`: which detection each issue tracks (from the summary
 * the ticket trigger writes, "ExtraHop Detection: <id>: <title>"), its key, status, assignee and
 * resolution, as API values or as the labels of the ExtraHop UI.
 */
import type { Issue } from "./issues.ts";

export interface TicketRow {
  detection_id: number;
  ticket_id: string;
  status: string;
  assignee: string | null;
  resolution: string | null;
}

const DETECTION_SUMMARY = /^ExtraHop Detection: (\d+):/;

/** Detection status (API value) for each issue status. */
const STATUS_API = { "To Do": "new", "In Progress": "in_progress", Done: "closed" } as const;
const STATUS_UI = { "To Do": "New", "In Progress": "In Progress", Done: "Closed" } as const;
const RESOLUTION_API = { Done: "action_taken", "Won't Do": "no_action_taken" } as const;
const RESOLUTION_UI = { Done: "Action Taken", "Won't Do": "No Action Taken" } as const;

export function detectionOf(issue: Pick<Issue, "summary">): number | undefined {
  const m = DETECTION_SUMMARY.exec(issue.summary);
  return m ? Number(m[1]) : undefined;
}

/** Rows for every issue that tracks a detection, in creation order. */
export function exportRows(issues: readonly Issue[], form: "api" | "ui" = "api"): TicketRow[] {
  const rows: TicketRow[] = [];
  for (const issue of issues) {
    const detection = detectionOf(issue);
    if (detection === undefined) continue;
    rows.push({
      detection_id: detection,
      ticket_id: issue.key,
      status: (form === "api" ? STATUS_API : STATUS_UI)[issue.status],
      assignee: issue.assignee,
      resolution:
        issue.resolution === null
          ? null
          : (form === "api" ? RESOLUTION_API : RESOLUTION_UI)[issue.resolution],
    });
  }
  return rows;
}
