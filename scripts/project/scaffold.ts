/**
 * `ehtrig new`: writes a starting trigger and its test. Never overwrites: if either file exists
 * nothing is written.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { diagnostic, EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import { isEventName, EVENT_NAMES } from "../../build/engine/events.ts";
import { didYouMean } from "../../build/engine/suggest-event.ts";
import { relPath } from "../../build/discover.ts";
import type { Project } from "../../build/project/config.ts";
import { TESTS_DIR } from "../tests/find.ts";
import { testTemplate, triggerTemplate } from "./templates.ts";

const ID = /^[a-z0-9][a-z0-9-]*$/;
/** File names have limits (255 bytes on most systems); an id is a name, not a sentence. */
export const MAX_ID_LENGTH = 100;

export interface Scaffolded {
  trigger: string;
  test: string;
}

export function scaffold(project: Project, id: string, events: string[]): Scaffolded {
  const problems: Diagnostic[] = [];
  // The id and the events are command-line arguments: mistakes in them are usage errors (exit 2).
  if (id.length > MAX_ID_LENGTH) {
    problems.push(
      diagnostic(
        "EH602",
        `the trigger id is ${id.length} characters long; at most ${MAX_ID_LENGTH} are allowed`,
        {
          hint: "Use a short id of lower-case letters, digits and dashes, e.g. http-errors; the name can be longer.",
        },
      ),
    );
  } else if (!ID.test(id)) {
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
  const testPath = join(project.root, TESTS_DIR, `${id}.test.ts`);
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
