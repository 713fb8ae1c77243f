/** The demo's output: a table of the detections as the appliance ends up holding them, or JSON. */
import { compactTable } from "../terminal-table.ts";
import type { DemoResult } from "./run.ts";

/** `npm run demo -- --json`: the detections and the tickets, nothing else. */
export function demoJson(result: DemoResult): string {
  return JSON.stringify({ detections: result.detections, tickets: result.tickets }, null, 2);
}

export function demoTable(result: DemoResult): string {
  const table = compactTable(["detection", "title", "risk", "ticket", "status", "assignee", "resolution"]);
  for (const d of result.detections) {
    table.push([
      d.id,
      d.title,
      result.risk[d.id] ?? "",
      d.ticket_id ?? "",
      d.status ?? "",
      d.assignee ?? "",
      d.resolution ?? "",
    ]);
  }
  const links = result.detections
    .filter((d) => d.ticket_id !== null)
    .map(
      (d) =>
        `  ${d.ticket_id}  ${result.urlTemplate.replace("$ticket_id", encodeURIComponent(d.ticket_id!))}`,
    );
  const comments = Object.entries(result.comments)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${key} (${n})`);
  return [
    table.toString(),
    "",
    "Ticket links on the detection cards (URL template):",
    ...links,
    "",
    `Comments the trigger added to existing tickets: ${comments.join(", ") || "none"}`,
  ].join("\n");
}
