/**
 * A small client of the simulated ticket server, for `ehtrig ticket-server` and the demo: what a
 * person does in Jira's UI (assign, move, comment, export), as REST calls. Failures are
 * diagnostics: the server not answering (EH840) or refusing a change (EH841).
 */
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import type { TicketRow } from "./export.ts";
import { RESOLUTIONS, WORKFLOW, type IssueResolution, type IssueStatus } from "./issues.ts";

/** The issue fields the CLI shows. */
export interface IssueView {
  key: string;
  summary: string;
  status: IssueStatus;
  assignee: string | null;
  resolution: IssueResolution | null;
  comments: number;
}

interface JiraIssue {
  key: string;
  fields: {
    summary: string;
    status: { name: IssueStatus };
    assignee: { name: string } | null;
    resolution: { name: IssueResolution } | null;
    comment: { comments: unknown[] };
  };
}

export class TicketClient {
  readonly url: string;

  constructor(url: string) {
    this.url = url.replace(/\/+$/, "");
  }

  async list(): Promise<IssueView[]> {
    const body = (await this.#call("GET", "/rest/api/search")) as { issues: JiraIssue[] };
    return body.issues.map((i) => ({
      key: i.key,
      summary: i.fields.summary,
      status: i.fields.status.name,
      assignee: i.fields.assignee?.name ?? null,
      resolution: i.fields.resolution?.name ?? null,
      comments: i.fields.comment.comments.length,
    }));
  }

  async assign(key: string, user: string | null): Promise<void> {
    await this.#call("PUT", `/rest/api/issue/${encodeURIComponent(key)}/assignee`, { name: user });
  }

  /** Moves the issue through the workflow transition that leads to `status`. */
  async move(key: string, status: IssueStatus, resolution?: IssueResolution): Promise<void> {
    const path = `/rest/api/issue/${encodeURIComponent(key)}/transitions`;
    const { transitions } = (await this.#call("GET", path)) as {
      transitions: { id: string; name: string }[];
    };
    const to = transitions.find((t) => t.name === status);
    if (!to) throw failure(`${this.url} has no transition to "${status}"`);
    await this.#call("POST", path, {
      transition: { id: to.id },
      ...(resolution ? { fields: { resolution: { name: resolution } } } : {}),
    });
  }

  async comment(key: string, body: string): Promise<void> {
    await this.#call("POST", `/rest/api/issue/${encodeURIComponent(key)}/comment`, { body });
  }

  /** Rows for `ehtrig tickets sync`, as API values or as the UI's labels. */
  async export(form: "api" | "ui" = "api"): Promise<TicketRow[]> {
    return (await this.#call("GET", `/ehtrig/export?form=${form}`)) as TicketRow[];
  }

  async #call(method: string, path: string, body?: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(this.url + path, {
        method,
        headers: body === undefined ? {} : { "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
      throw new EhtrigError([diagnostic("EH840", `no ticket server answers at ${this.url} (${cause})`)]);
    }
    const text = await res.text();
    const data: unknown = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw failure(`${method} ${path}: ${res.status} ${jiraMessage(data)}`);
    return data;
  }
}

function failure(message: string): EhtrigError {
  return new EhtrigError([diagnostic("EH841", `the ticket server refused: ${message}`)]);
}

/** Jira's error body: { errorMessages: [...], errors: { field: message } }. */
function jiraMessage(data: unknown): string {
  const d = (data ?? {}) as { errorMessages?: string[]; errors?: Record<string, string> };
  const parts = [...(d.errorMessages ?? []), ...Object.entries(d.errors ?? {}).map(([f, m]) => `${f}: ${m}`)];
  return parts.join("; ") || "(no message)";
}

/** Letters only, lower case: "In-Progress", "in progress" and "In Progress" compare equal. */
const flat = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");

/** "done", "in-progress", "To Do" → the workflow's status; undefined when it is none of them. */
export function parseStatus(text: string): IssueStatus | undefined {
  return WORKFLOW.find((s) => flat(s) === flat(text));
}

export function parseResolution(text: string): IssueResolution | undefined {
  return RESOLUTIONS.find((r) => flat(r) === flat(text));
}
