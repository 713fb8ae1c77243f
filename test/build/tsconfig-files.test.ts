/**
 * A project's tsconfig may name its own declaration files in `files` (global types its triggers
 * share).
 * The type-check's generated tsconfig sets `files` too, which replaces the inherited list: the
 * project's files must be named again, or every use of those globals is a type error.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject } from "../../build/pipeline.ts";
import { REPO, tempProject, triggerSource } from "../support/project.ts";

describe("the project's tsconfig `files`", () => {
  it("are kept by the type-check next to ehtrig's declarations", async () => {
    const t = tempProject({
      "globals.d.ts":
        "/** The alert shape the triggers share. */\ninterface SharedAlert {\n  client: string;\n  count: number;\n}\n",
      "triggers/a.ts": triggerSource(
        "A",
        ["TIMER_30SEC"],
        'const alert: SharedAlert = { client: "10.0.0.1", count: 2 };\ndebug(alert.client);',
      ),
    });
    writeFileSync(
      join(t.root, "tsconfig.json"),
      JSON.stringify({
        extends: join(REPO, "tsconfig.base.json"),
        files: ["globals.d.ts"],
        include: ["triggers"],
      }),
    );
    const result = await buildProject(t.project, { write: false });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
