/**
 * Renders docs/diagnostics.md from the CODES catalog in build/diagnostics.ts.
 * Regenerate: npm run docs:gen (a test fails when it is stale).
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CODES } from "../../build/diagnostics.ts";

const GROUPS: [string, string][] = [
  ["EH1", "Project and configuration"],
  ["EH2", "Trigger metadata"],
  ["EH3", "Type-check"],
  ["EH4", "Bundling and lowering"],
  ["EH5", "Verification gate"],
  ["EH6", "Source maps and CLI"],
  ["EH7", "REST client and appliances"],
  ["EH8", "Tickets, deploy and bundles"],
  ["EH9", "Test harness"],
];

export function renderDiagnosticsDoc(): string {
  const out = [
    "# Diagnostic codes",
    "",
    "<!-- Generated from build/diagnostics.ts by scripts/gen/diagnostics-doc.ts; do not edit. -->",
    "",
    "Every problem ehtrig reports carries one of these codes, a location, a message and a fix hint.",
    "Codes are stable: a code never changes meaning. The hint shown here is the default; some",
    "diagnostics give a more specific one.",
    "",
  ];
  for (const [prefix, title] of GROUPS) {
    const rows = Object.entries(CODES).filter(([code]) => code.startsWith(prefix));
    if (!rows.length) continue;
    out.push(`## ${title}`, "", "| code | default fix hint |", "| --- | --- |");
    for (const [code, hint] of rows) out.push(`| ${code} | ${hint.replace(/\|/g, "\\|")} |`);
    out.push("");
  }
  return out.join("\n");
}

export const DOC_PATH = join(
  resolve(dirname(fileURLToPath(import.meta.url)), "..", ".."),
  "docs",
  "diagnostics.md",
);

export function writeDiagnosticsDoc(): string {
  writeFileSync(DOC_PATH, renderDiagnosticsDoc());
  return DOC_PATH;
}
