/** `ehtrig map <trigger> <line[:col]>`: from a debug-log line number back to the TypeScript. */
import type { Command } from "commander";
import pc from "picocolors";
import { loadProject } from "../../build/index.ts";
import { locate, parsePosition } from "../../build/locate.ts";
import type { CliContext } from "../cli.ts";
import { printJson } from "../report.ts";
import { styled } from "../safe-io.ts";
import { printable, printableValue } from "../terminal.ts";

export function register(program: Command, ctx: CliContext): void {
  program
    .command("map")
    .description("map a line (and column) of a compiled trigger back to its TypeScript source")
    .argument("<trigger>", "trigger id or name")
    .argument("<position>", "LINE or LINE:COLUMN in dist/<trigger>.js, as the debug log shows it")
    .option("--json", "print the result as JSON")
    .action((trigger: string, position: string, opts: { json?: boolean }) => {
      const at = parsePosition(position);
      const project = loadProject(ctx.io.cwd);
      const found = locate(project, trigger, at);
      if (opts.json) return printJson(ctx.io, found);
      const { file, line, column, text } = found.original;
      const c = ctx.io.isTTY ? pc : pc.createColors(false);
      // Coloured: the file name and the source line are escaped before the colours go in.
      const { out } = styled(ctx.io);
      out(`${c.bold(`${printableValue(file)}:${line}:${column}`)}`);
      if (text !== undefined) {
        const gutter = `${line} | `;
        out(`${c.dim(gutter)}${printable(text)}`);
        out(`${" ".repeat(gutter.length + column - 1)}${c.red("^")}`);
      }
    });
}
