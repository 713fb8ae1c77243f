/**
 * The top-level help lists every command from scripts/commands/summaries.json without loading
 * any command's code; the file is generated from the commands, so it must never be stale, and
 * `ehtrig help <command>` and mistyped names still reach the real command or a suggestion.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { COMMANDS } from "../../scripts/commands/index.ts";
import { renderCommandSummaries, SUMMARIES_FILE } from "../../scripts/gen/command-summaries.ts";
import { memoryIo } from "../../scripts/io.ts";
import { REPO } from "../support/project.ts";

async function run(...argv: string[]) {
  const io = memoryIo(REPO);
  const code = await main(argv, io);
  return { code, out: io.stdout.join(""), err: io.stderr.join("") };
}

describe("ehtrig --help", () => {
  it(`${SUMMARIES_FILE} is what the commands say of themselves (regenerate: npm run docs:gen)`, async () => {
    expect(readFileSync(join(REPO, SUMMARIES_FILE), "utf8")).toBe(await renderCommandSummaries());
  });

  it("lists every command with its usage and description", async () => {
    const { code, out } = await run("--help");
    expect(code).toBe(0);
    const summaries = JSON.parse(readFileSync(join(REPO, SUMMARIES_FILE), "utf8")) as Record<
      string,
      { term: string }
    >;
    expect(Object.keys(summaries)).toEqual(Object.keys(COMMANDS));
    for (const { term } of Object.values(summaries)) expect(out).toContain(term);
  });

  it("help <command> shows the real command's options", async () => {
    const { out } = await run("help", "deploy");
    expect(out).toContain("Usage: ehtrig deploy [options]");
    expect(out).toContain("--dry-run");
  });

  it("a mistyped command is a usage error with a suggestion", async () => {
    const { code, err } = await run("buidl");
    expect(code).toBe(2);
    expect(err).toContain("Did you mean build?");
  });
});
