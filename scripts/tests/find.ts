/**
 * The trigger tests of a project: test/triggers/<id>.test.ts (any depth), one file per trigger
 * by convention, as `ehtrig new` writes them.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { diagnostic, EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import { discover } from "../../build/discover.ts";
import type { Project } from "../../build/project/config.ts";
import { TRIGGER_TESTS_DIR } from "../../simulated-engine/vitest/plugin.ts";

export const TESTS_DIR = TRIGGER_TESTS_DIR;
const TEST_FILE = /\.test\.(ts|mts|js|mjs)$/;

function listTests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && TEST_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const idOf = (file: string): string => basename(file).replace(TEST_FILE, "");

/** The test files of the given triggers that have tests (a trigger without tests adds none). */
export function testFilesOf(project: Project, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  return listTests(join(project.root, TESTS_DIR)).filter((f) => wanted.has(idOf(f)));
}

/**
 * @param names trigger ids; none: every trigger test of the project
 * @returns absolute paths of the test files to run
 */
export function triggerTestFiles(project: Project, names: readonly string[]): string[] {
  const dir = join(project.root, TESTS_DIR);
  const all = listTests(dir);
  if (!names.length) {
    if (!all.length)
      throw new EhtrigError([
        diagnostic("EH620", `no trigger tests in ${TESTS_DIR}/`, {
          hint: "Write one per trigger as test/triggers/<id>.test.ts; `npx ehtrig new <id> --event …` scaffolds one.",
        }),
      ]);
    return all;
  }
  const ids = new Set(discover(project).map((s) => s.id));
  const problems: Diagnostic[] = [];
  const files: string[] = [];
  for (const name of names) {
    const mine = all.filter((f) => idOf(f) === name);
    if (mine.length) files.push(...mine);
    else if (!ids.has(name))
      problems.push(diagnostic("EH104", `no trigger "${name}" (triggers: ${[...ids].join(", ") || "none"})`));
    else
      problems.push(
        diagnostic(
          "EH620",
          `trigger "${name}" has no test: ${relative(project.root, join(dir, `${name}.test.ts`))} does not exist`,
          {
            hint: `Write one; \`npx ehtrig new\` scaffolds tests with new triggers.`,
          },
        ),
      );
  }
  if (problems.length) throw new EhtrigError(problems);
  return files;
}
