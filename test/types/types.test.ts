/**
 * Runs the real (native) tsc over the ambient types in types/:
 * - the compile-only type tests in this folder must pass (each `@ts-expect-error` there must be
 *   matched by a real error, or tsc reports the unused directive);
 * - a deliberately wrong trigger, written to a temp folder, must fail with the expected codes,
 *   so a types/ change that silently accepts everything is caught;
 * - every universal global of build/engine/globals.ts must be declared.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { UNIVERSAL_GLOBALS } from "../../build/engine/globals.ts";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const tsc = join(root, "node_modules", ".bin", "tsc");
const TSC_TIMEOUT_MS = 120_000;

function runTsc(project: string): { status: number | null; output: string } {
  const run = spawnSync(tsc, ["-p", project, "--noEmit", "--pretty", "false"], { encoding: "utf8" });
  if (run.error) throw run.error;
  return { status: run.status, output: (run.stdout + run.stderr).trim() };
}

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway trigger project checked with the repository's trigger settings and types/. */
function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ehtrig-types-"));
  tempDirs.push(dir);
  const config = { extends: join(root, "tsconfig.json"), include: [join(root, "types"), "."] };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return join(dir, "tsconfig.json");
}

/** `file(line,col): error TS1234: …` lines → "file:line TS1234" entries. */
function diagnostics(output: string): string[] {
  const found: string[] = [];
  for (const line of output.split("\n")) {
    const m = /^(.+?)\((\d+),\d+\): error (TS\d+):/.exec(line);
    if (m) found.push(`${m[1].split(/[\\/]/).pop()}:${m[2]} ${m[3]}`);
  }
  return found.sort();
}

// Each line ending in `// TSnnnn` must produce exactly that error; other lines must be clean.
const WRONG_TRIGGER = [
  "export const trigger = { name: 'x', events: ['HTTP_REQEST'] } satisfies TriggerConfig; // TS2820",
  "Remote.HTTP('ticket-server').post({ payload: 'x' }); // TS2741",
  "Remote.HTTP.post({ path: '/', payload: 42 }); // TS2322",
  "Detection.id = 1; // TS2540",
  "if (Detection.status === 'bogus') debug('x'); // TS2367",
  "const ticket: string = Detection.ticketId; // TS2322",
  "const p = Promise.resolve(1); // TS2585",
  "const m = new Map(); // TS2583",
  "const o = Object.assign({}, {}); // TS2550",
  "const b = 'abc'.startsWith('a'); // TS2550",
  "console.log('x'); // TS2584",
  "Session.add('k', 1, { priority: 7 }); // TS2322",
  "Application.metricAddCount('x', 1); // TS2339",
  "const fine: boolean = Remote.Syslog('siem').info('ok');",
  "export { p, m, o, b, ticket, fine };",
].join("\n");

describe("ambient trigger types", () => {
  it(
    "pass the compile-only type tests in test/types",
    () => {
      const { status, output } = runTsc(join(root, "test", "types", "tsconfig.json"));
      expect(output).toBe("");
      expect(status).toBe(0);
    },
    TSC_TIMEOUT_MS,
  );

  it(
    "reject a wrong trigger with the expected error codes",
    () => {
      const project = tempProject({ "wrong.ts": WRONG_TRIGGER + "\n" });
      const { status, output } = runTsc(project);
      const expected = WRONG_TRIGGER.split("\n")
        .map((line, i) => {
          const m = /\/\/ (TS\d+)$/.exec(line);
          return m ? `wrong.ts:${i + 1} ${m[1]}` : null;
        })
        .filter((entry): entry is string => entry !== null)
        .sort();
      expect(status).not.toBe(0);
      expect(diagnostics(output)).toEqual(expected);
    },
    TSC_TIMEOUT_MS,
  );

  it(
    "declare every universal global of build/engine/globals.ts",
    () => {
      const names = [...UNIVERSAL_GLOBALS].sort();
      const uses = names.map((name) => `  typeof ${name},`).join("\n");
      const project = tempProject({ "uses.ts": `export const globals = [\n${uses}\n];\n` });
      const { status, output } = runTsc(project);
      expect(output).toBe("");
      expect(status).toBe(0);
    },
    TSC_TIMEOUT_MS,
  );
});
