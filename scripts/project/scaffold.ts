/**
 * `ehtrig new`: writes a starting trigger and its test. Never overwrites: if either file exists
 * nothing is written.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { diagnostic, EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import { isEventName, EVENT_NAMES } from "../../build/engine/events.ts";
import { relPath } from "../../build/discover.ts";
import type { Project } from "../../build/project/config.ts";
import { TESTS_DIR } from "../tests/find.ts";
import { testTemplate, triggerTemplate } from "./templates.ts";

const ID = /^[a-z0-9][a-z0-9-]*$/;
/** Long enough for any sensible name, short enough for every file system and the Triggers UI. */
const MAX_ID_LENGTH = 64;

export interface Scaffolded {
  trigger: string;
  test: string;
}

export function scaffold(project: Project, id: string, events: string[]): Scaffolded {
  const problems: Diagnostic[] = [];
  if (!ID.test(id) || id.length > MAX_ID_LENGTH) {
    problems.push(
      diagnostic("EH602", `"${id.length > 80 ? `${id.slice(0, 80)}…` : id}" is not a valid trigger id`, {
        hint: `Use at most ${MAX_ID_LENGTH} lower-case letters, digits and dashes, e.g. http-errors; it becomes triggers/<id>.ts.`,
      }),
    );
  }
  if (!events.length)
    problems.push(
      diagnostic("EH602", "no event given", { hint: "Pass --event NAME, e.g. --event DETECTION_UPDATE." }),
    );
  for (const ev of events) {
    if (!isEventName(ev))
      problems.push(diagnostic("EH203", `unknown event "${ev}" (${EVENT_NAMES.length} events are known)`));
  }
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
