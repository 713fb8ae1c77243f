/**
 * A simulated ticket server, Jira-like enough for ExtraHop's ticket-tracking guide, on plain HTTP
 * at 127.0.0.1 (an Open Data Stream target or a test points at it):
 *
 *   POST /rest/api/issue                      create → 201 { id, key, self }
 *   GET  /rest/api/issue/{key}                the issue, with fields.status/assignee/resolution
 *   PUT  /rest/api/issue/{key}/assignee       { name } → 204
 *   GET  /rest/api/issue/{key}/transitions    the workflow's transitions
 *   POST /rest/api/issue/{key}/transitions    { transition: { id }, fields?: { resolution: { name } } } → 204
 *   POST /rest/api/issue/{key}/comment        { body } → 201
 *   GET  /rest/api/search                     { total, issues }
 *   GET  /ehtrig/export?form=api|ui           simulator only: rows for `ehtrig tickets sync`
 *   GET  /browse/{key}                        the issue as a page (the detection card's link)
 *
 * Errors answer as Jira does: { errorMessages: [...], errors: { field: message } }.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportRows } from "./export.ts";
import { IssueStore, RESOLUTIONS, WORKFLOW, type Issue, type IssueResolution } from "./issues.ts";

export interface TicketServer {
  url: string;
  store: IssueStore;
  /** Every request answered, for tests: method, path, status. */
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

/** Transition ids, as Jira numbers its default workflow's. */
const TRANSITIONS = [
  { id: "11", name: "To Do" },
  { id: "21", name: "In Progress" },
  { id: "31", name: "Done" },
] as const;

interface Answer {
  status: number;
  body?: unknown;
  /** A page instead of JSON (the browse route). */
  html?: string;
}

const problem = (status: number, message: string, errors: Record<string, string> = {}): Answer => ({
  status,
  body: { errorMessages: message ? [message] : [], errors },
});

function view(issue: Issue, base: string): unknown {
  return {
    id: issue.id,
    key: issue.key,
    self: `${base}/rest/api/issue/${issue.id}`,
    fields: {
      summary: issue.summary,
      description: issue.description,
      labels: issue.labels,
      priority: issue.priority === null ? null : { name: issue.priority },
      assignee: issue.assignee === null ? null : { name: issue.assignee },
      status: { name: issue.status },
      resolution: issue.resolution === null ? null : { name: issue.resolution },
      comment: { comments: issue.comments.map((body, i) => ({ id: String(i + 1), body })) },
    },
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The issue as a plain page: where a detection card's ticket link (the URL template) leads. */
function page(issue: Issue): string {
  const rows: [string, string][] = [
    ["Status", issue.status],
    ["Resolution", issue.resolution ?? "Unresolved"],
    ["Assignee", issue.assignee ?? "Unassigned"],
    ["Priority", issue.priority ?? "None"],
    ["Labels", issue.labels.join(", ")],
  ];
  const cells = rows.map(([k, v]) => `<tr><th>${k}</th><td>${escapeHtml(v)}</td></tr>`).join("");
  const comments = issue.comments.map((c) => `<li>${escapeHtml(c)}</li>`).join("");
  return (
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(issue.key)}</title></head><body>` +
    `<h1>${escapeHtml(issue.key)}: ${escapeHtml(issue.summary)}</h1><table>${cells}</table>` +
    `<pre>${escapeHtml(issue.description)}</pre><h2>Comments</h2><ol>${comments}</ol></body></html>\n`
  );
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const named = (v: unknown): string | undefined =>
  v && typeof v === "object" ? str((v as { name?: unknown }).name) : undefined;

function route(store: IssueStore, base: string, method: string, url: URL, body: unknown): Answer {
  const path = url.pathname;
  const b = (body ?? {}) as Record<string, unknown>;
  if (method === "POST" && path === "/rest/api/issue") {
    const fields = (b.fields ?? {}) as Record<string, unknown>;
    const summary = str(fields.summary);
    if (!summary) return problem(400, "", { summary: "a summary is required" });
    const labels = Array.isArray(fields.labels) ? fields.labels.filter((l) => typeof l === "string") : [];
    const issue = store.create({
      summary,
      description: str(fields.description) ?? "",
      labels,
      priority: named(fields.priority) ?? null,
      assignee: named(fields.assignee) ?? null,
    });
    return {
      status: 201,
      body: { id: issue.id, key: issue.key, self: `${base}/rest/api/issue/${issue.id}` },
    };
  }
  if (method === "GET" && path === "/rest/api/search")
    return {
      status: 200,
      body: { total: store.all().length, issues: store.all().map((i) => view(i, base)) },
    };
  if (method === "GET" && path === "/ehtrig/export") {
    const form = url.searchParams.get("form") ?? "api";
    if (form !== "api" && form !== "ui") return problem(400, "form is api or ui");
    return { status: 200, body: exportRows(store.all(), form) };
  }
  const browse = /^\/browse\/([^/]+)$/.exec(path);
  if (method === "GET" && browse) {
    const issue = store.get(decodeURIComponent(browse[1]!));
    return issue ? { status: 200, html: page(issue) } : problem(404, "Issue does not exist");
  }
  const m = /^\/rest\/api\/issue\/([^/]+)(?:\/(assignee|transitions|comment))?$/.exec(path);
  if (!m) return problem(404, `no resource ${path}`);
  const issue = store.get(decodeURIComponent(m[1]!));
  if (!issue) return problem(404, "Issue does not exist");
  switch (`${method} ${m[2] ?? ""}`) {
    case "GET ":
      return { status: 200, body: view(issue, base) };
    case "PUT assignee":
      store.assign(issue, b.name === null ? null : (str(b.name) ?? null));
      return { status: 204 };
    case "GET transitions":
      return { status: 200, body: { transitions: TRANSITIONS } };
    case "POST transitions": {
      const to = TRANSITIONS.find((t) => t.id === str((b.transition as { id?: unknown })?.id));
      if (!to) return problem(400, "unknown transition");
      const resolution = named((b.fields as { resolution?: unknown } | undefined)?.resolution) ?? "Done";
      if (!(RESOLUTIONS as readonly string[]).includes(resolution))
        return problem(400, "", { resolution: `one of ${RESOLUTIONS.join(", ")}` });
      store.transition(issue, to.name as (typeof WORKFLOW)[number], resolution as IssueResolution);
      return { status: 204 };
    }
    case "POST comment": {
      const text = str(b.body);
      if (!text) return problem(400, "", { comment: "a body is required" });
      store.comment(issue, text);
      return { status: 201, body: { id: String(issue.comments.length), body: text } };
    }
    default:
      return problem(405, `${method} is not allowed on ${path}`);
  }
}

export async function startTicketServer(
  opts: { port?: number; project?: string } = {},
): Promise<TicketServer> {
  const store = new IssueStore(opts.project);
  const requests: TicketServer["requests"] = [];
  let base = "";
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", base);
      let answer: Answer;
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
        answer = route(store, base, req.method ?? "GET", url, body);
      } catch {
        answer = problem(400, "the body is not JSON");
      }
      requests.push({ method: req.method ?? "GET", path: url.pathname, status: answer.status });
      const payload = answer.html ?? (answer.body === undefined ? "" : JSON.stringify(answer.body));
      const type = answer.html !== undefined ? "text/html; charset=utf-8" : "application/json";
      res.writeHead(answer.status, payload ? { "Content-Type": type } : {});
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    store,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
