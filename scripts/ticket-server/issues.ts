/**
 * The simulated ticket system's issues: a Jira-like project (keys SEC-1, SEC-2, …) with the
 * workflow of ExtraHop's ticket-tracking guide: To Do → In Progress → Done, with a resolution
 * when done. Plain data, no I/O; server.ts puts a REST surface on it.
 */

export const WORKFLOW = ["To Do", "In Progress", "Done"] as const;
export type IssueStatus = (typeof WORKFLOW)[number];

/** Jira's resolution names this simulation knows, and what they mean for a detection. */
export const RESOLUTIONS = ["Done", "Won't Do"] as const;
export type IssueResolution = (typeof RESOLUTIONS)[number];

export interface Issue {
  id: string;
  key: string;
  summary: string;
  description: string;
  labels: string[];
  priority: string | null;
  assignee: string | null;
  status: IssueStatus;
  resolution: IssueResolution | null;
  comments: string[];
  created: number;
}

export interface NewIssue {
  summary: string;
  description?: string;
  labels?: string[];
  priority?: string | null;
  assignee?: string | null;
}

export class IssueStore {
  readonly #issues: Issue[] = [];

  constructor(readonly project = "SEC") {}

  create(fields: NewIssue, now = Date.now()): Issue {
    const n = this.#issues.length + 1;
    const issue: Issue = {
      id: String(10000 + n),
      key: `${this.project}-${n}`,
      summary: fields.summary,
      description: fields.description ?? "",
      labels: [...(fields.labels ?? [])],
      priority: fields.priority ?? null,
      assignee: fields.assignee ?? null,
      status: "To Do",
      resolution: null,
      comments: [],
      created: now,
    };
    this.#issues.push(issue);
    return issue;
  }

  get(keyOrId: string): Issue | undefined {
    return this.#issues.find((i) => i.key === keyOrId || i.id === keyOrId);
  }

  all(): readonly Issue[] {
    return this.#issues;
  }

  assign(issue: Issue, assignee: string | null): void {
    issue.assignee = assignee;
  }

  /** Moves an issue; a resolution is set when it is done and cleared when it is reopened. */
  transition(issue: Issue, to: IssueStatus, resolution: IssueResolution = "Done"): void {
    issue.status = to;
    issue.resolution = to === "Done" ? resolution : null;
  }

  comment(issue: Issue, body: string): void {
    issue.comments.push(body);
  }
}
