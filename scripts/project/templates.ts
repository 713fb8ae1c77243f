/**
 * The files `ehtrig new` and `ehtrig init` write, as prettier would format them (a test
 * checks), so a fresh project passes `prettier --check` as it is.
 */

export function triggerTemplate(id: string, events: readonly string[]): string {
  return `/**
 * ${id}: say here what this trigger watches for and what it sends where.
 */
export const trigger = {
  name: ${JSON.stringify(id)},
  events: [${events.map((e) => JSON.stringify(e)).join(", ")}],
  description: "",
  debug: true,
} satisfies TriggerConfig;

debug(\`${id} ran on \${event}\`);
`;
}

export function testTemplate(id: string, events: readonly string[]): string {
  const first = events[0]!;
  const fire =
    first === "DETECTION_UPDATE"
      ? `trigger.fire("DETECTION_UPDATE", { detection: detection() })`
      : `trigger.fire(${JSON.stringify(first)})`;
  const imports = first === "DETECTION_UPDATE" ? "detection, loadTrigger" : "loadTrigger";
  return `import { describe, expect, it } from "vitest";
import { ${imports} } from "ehtrig/testing";

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

export const TSCONFIG = `{
  // Trigger code: the engine's language level (lib es5) and the engine's globals, from ehtrig.
  "extends": "ehtrig/tsconfig.json",
  "include": ["triggers"]
}
`;

export const VITEST_CONFIG = `import { defineConfig } from "vitest/config";
import { ehtrig } from "ehtrig/vitest";

// Builds the triggers before the tests and registers the trigger matchers (see ehtrig's docs/testing.md).
export default defineConfig({ plugins: [ehtrig()] });
`;

export function configTemplate(author: string): string {
  return `${JSON.stringify(
    {
      $schema: "./node_modules/ehtrig/build/project/config.schema.json",
      author,
      targets: {},
      appliances: {},
    },
    null,
    2,
  )}\n`;
}

export const GITIGNORE_ENTRIES = ["dist/", ".ehtrig-cache/"];

export const PACKAGE_SCRIPTS: Record<string, string> = {
  build: "ehtrig build",
  test: "ehtrig test",
};
