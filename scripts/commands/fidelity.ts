/** `ehtrig fidelity`: writes docs/fidelity.md (or checks it with --check). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { FIDELITY_FILE, renderFidelity } from "../gen/fidelity-doc.ts";
import type { CliContext } from "../cli.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("fidelity")
    .description("Write docs/fidelity.md: how faithfully the test harness models each engine global.")
    .option("--check", "fail (exit 1) if the committed table is stale instead of writing it")
    .action(async (opts: { check?: boolean }) => {
      const file = join(ctx.io.cwd, FIDELITY_FILE);
      const text = await renderFidelity(ctx.io.cwd);
      const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
      if (opts.check) {
        if (current !== text) throw new EhtrigError([diagnostic("EH906", `${FIDELITY_FILE} is stale`)]);
        ctx.io.out(`${FIDELITY_FILE} is up to date`);
        return;
      }
      if (current === text) {
        ctx.io.out(`${FIDELITY_FILE} is up to date`);
        return;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      ctx.io.out(`wrote ${FIDELITY_FILE}`);
    });
}
