/**
 * `ehtrig new`: writes a starting trigger and its test. Never overwrites: if either file exists
 * nothing is written.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { diagnostic, EhtrigError, type Diagnostic } from "../build/diagnostics.ts";
import { isEventName, EVENT_NAMES } from "../build/engine/events.ts";
import { didYouMean } from "../build/engine/suggest-event.ts";
import { relPath } from "../build/discover.ts";
import type { Project } from "../build/project/config.ts";

const ID = /^[a-z0-9][a-z0-9-]*$/;

export interface Scaffolded {
  trigger: string;
  test: string;
}

export function scaffold(project: Project, id: string, events: string[]): Scaffolded {
  const problems: Diagnostic[] = [];
  // The id and the events are command-line arguments: mistakes in them are usage errors (exit 2).
  if (!ID.test(id)) {
    problems.push(
      diagnostic("EH602", `"${id}" is not a valid trigger id`, {
        hint: "Use lower-case letters, digits and dashes, e.g. http-errors; it becomes triggers/<id>.ts.",
      }),
    );
  }
  if (!events.length)
    problems.push(
      diagnostic("EH602", "no event given", { hint: "Pass --event NAME, e.g. --event DETECTION_UPDATE." }),
    );
  for (const ev of events) {
    if (!isEventName(ev))
      problems.push(
        diagnostic(
          "EH203",
          `unknown event "${ev}" (${EVENT_NAMES.length} events are known)${didYouMean(ev)}`,
        ),
      );
  }
  if (problems.length) throw new EhtrigError(problems, 2);
  const triggerPath = join(project.triggersDir, `${id}.ts`);
  const testPath = join(project.root, "test", "triggers", `${id}.test.ts`);
  for (const p of [triggerPath, testPath]) {
    if (existsSync(p)) {
      problems.push(
        diagnostic("EH602", `${relPath(project, p)} already exists; nothing was written`, {
          hint: "Pick another id or delete the file.",
        }),
      );
    }
  }
  if (problems.length) throw new EhtrigError(problems);

  mkdirSync(dirname(triggerPath), { recursive: true });
  mkdirSync(dirname(testPath), { recursive: true });
  writeFileSync(triggerPath, triggerTemplate(id, events), { flag: "wx" });
  writeFileSync(testPath, testTemplate(id, events), { flag: "wx" });
  return { trigger: relPath(project, triggerPath), test: relPath(project, testPath) };
}

function triggerTemplate(id: string, events: string[]): string {
  return `/**
 * ${id}: say here what this trigger watches for and what it sends where.
 */
export const trigger = {
  name: ${JSON.stringify(id)},
  events: ${JSON.stringify(events)},
  description: "",
  debug: true,
} satisfies TriggerConfig;

debug(\`${id} ran on \${event}\`);
`;
}

function testTemplate(id: string, events: string[]): string {
  const first = events[0]!;
  const fire =
    first === "DETECTION_UPDATE"
      ? `trigger.fire("DETECTION_UPDATE", { detection: detection() })`
      : `trigger.fire(${JSON.stringify(first)})`;
  return `import { describe, expect, it } from "vitest";
import { detection, loadTrigger } from "ehtrig/testing";

describe(${JSON.stringify(id)}, () => {
  it("runs on ${first}", () => {
    const trigger = loadTrigger(${JSON.stringify(id)});
    const run = ${fire};
    expect(run).not.toHaveThrown();
    expect(run).toHaveLogged("${id} ran on ${first}");
  });
});
`;
}
