/**
 * Every member the reference restricts to some events (`readableOn` in
 * build/engine/api-members.json) says so where editors show it: the JSDoc right above its
 * declaration in the class's file names each of those events.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { API_CLASSES, type ApiClass } from "../../build/engine/api-members.ts";
import { REPO } from "../support/project.ts";

/** The JSDoc block directly above `name`'s declaration (property or method), or undefined. */
function docAbove(source: string, name: string): string | undefined {
  const decl = new RegExp(String.raw`(/\*\*(?:(?!\*/)[\s\S])*\*/)\s*\n\s*(?:readonly )?${name}[?]?[:(]`);
  return decl.exec(source)?.[1];
}

function classFile(c: ApiClass): string {
  return join(REPO, "types", c.folder, `${c.class.toLowerCase()}.d.ts`);
}

describe("JSDoc of event-restricted members", () => {
  it("names the events on which each restricted member may be read", () => {
    const problems: string[] = [];
    for (const c of API_CLASSES.filter((c) => !c.class.startsWith("Remote"))) {
      const source = readFileSync(classFile(c), "utf8");
      for (const m of [...c.properties, ...c.methods]) {
        if (!m.readableOn?.length) continue;
        const doc = docAbove(source, m.name);
        const missing = m.readableOn.filter((e) => !doc?.includes(e));
        if (missing.length) problems.push(`${c.class}.${m.name} (${missing.join(", ")})`);
      }
    }
    expect(problems, `JSDoc does not name: ${problems.join("; ")}`).toEqual([]);
  });

  it("finds the JSDoc of a declaration and nothing else", () => {
    const source =
      "/** Readable on DNS_RESPONSE only. */\n  readonly answers: readonly X[];\n  readonly other: number;";
    expect(docAbove(source, "answers")).toContain("DNS_RESPONSE");
    expect(docAbove(source, "other")).toBeUndefined();
  });
});
