/** Every CLI command, in the order `ehtrig --help` lists them. */
import type { Command } from "commander";
import type { CliContext } from "../cli.ts";

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export const COMMANDS: RegisterCommand[] = [];
