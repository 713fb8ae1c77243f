/**
 * fire()'s input types: the compile-only checks in test/harness-types pass (every
 * `@ts-expect-error` there is matched by a real error), each of those lines fails on its own
 * without the directive, and the generated fixture types are up to date with the member list.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EVENT_SCOPED_GLOBALS } from "../../build/engine/events.ts";
import {
  FIXTURE_TYPES_FILE,
  fixtureClasses,
  renderFixtureTypes,
  SPECIAL_CLASSES,
} from "../../scripts/gen/fixture-types.ts";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const folder = join(root, "test", "harness-types");
const TSC_TIMEOUT_MS = 120_000;

function tsc(project: string): string {
  const run = spawnSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", project, "--pretty", "false"],
    {
      encoding: "utf8",
    },
  );
  if (run.error) throw run.error;
  return (run.stdout + run.stderr).trim();
}

const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

describe("fire() input types", () => {
  it(
    "accept the right fixtures and reject the wrong ones (test/harness-types)",
    () => {
      expect(tsc(join(folder, "tsconfig.json"))).toBe("");
    },
    TSC_TIMEOUT_MS,
  );

  it(
    "fail on every line marked @ts-expect-error once the directive is gone",
    () => {
      const source = readFileSync(join(folder, "fire-inputs.ts"), "utf8").split("\n");
      const marked = source.flatMap((line, i) => (line.includes("@ts-expect-error") ? [i + 2] : []));
      expect(marked.length).toBeGreaterThan(8);
      const dir = mkdtempSync(join(folder, ".probe-"));
      temp.push(dir);
      writeFileSync(
        join(dir, "probe.ts"),
        source.map((l) => (l.includes("@ts-expect-error") ? "" : l)).join("\n"),
      );
      const config = {
        extends: join(root, "tsconfig.tools.json"),
        compilerOptions: { paths: { "ehtrig/testing": [join(root, "simulated-engine/index.ts")] } },
        include: ["probe.ts", join(root, "build/vendor.d.ts")],
      };
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
      const failing = [...tsc(join(dir, "tsconfig.json")).matchAll(/probe\.ts\((\d+),\d+\): error/g)].map(
        (m) => Number(m[1]),
      );
      expect([...new Set(failing)]).toEqual(marked);
    },
    TSC_TIMEOUT_MS,
  );
});

describe("fire() input types in the package", () => {
  it(
    "hold in the declarations users get (lib/types), not only in the sources",
    () => {
      const dir = mkdtempSync(join(folder, ".probe-"));
      temp.push(dir);
      const config = {
        extends: join(root, "tsconfig.tools.json"),
        compilerOptions: {
          paths: { "ehtrig/testing": [join(root, "lib/types/simulated-engine/index.d.ts")] },
        },
        include: [join(folder, "fire-inputs.ts")],
      };
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
      expect(tsc(join(dir, "tsconfig.json"))).toBe("");
    },
    TSC_TIMEOUT_MS,
  );
});

describe(FIXTURE_TYPES_FILE, () => {
  it("is up to date with build/engine/api-members.json (run `npm run docs:gen` if not)", async () => {
    expect(readFileSync(join(root, FIXTURE_TYPES_FILE), "utf8")).toBe(await renderFixtureTypes(root));
  });

  it("has fixture fields for every event-scoped class the harness does not build itself", () => {
    const covered = new Set(fixtureClasses().map((c) => c.class));
    const expected = [...EVENT_SCOPED_GLOBALS].filter((c) => !SPECIAL_CLASSES.has(c));
    expect([...covered].sort()).toEqual(expected.sort());
  });
});
