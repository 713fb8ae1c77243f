/**
 * Every CLI command, in the order `ehtrig --help` lists them. Commands load on demand: a run of
 * one command imports only that command's code, which keeps start-up short.
 */
import type { Command } from "commander";
import type { CliContext } from "../cli.ts";

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

type Loader = () => Promise<{ register: RegisterCommand }>;

export const COMMANDS: Readonly<Record<string, Loader>> = {
  init: () => import("./init.ts"),
  build: () => import("./build.ts"),
  check: () => import("./check.ts"),
  test: () => import("./test.ts"),
  watch: () => import("./watch.ts"),
  map: () => import("./map.ts"),
  new: () => import("./new.ts"),
  tickets: () => import("./tickets.ts"),
  deploy: () => import("./deploy.ts"),
  bundle: () => import("./bundle.ts"),
  import: () => import("./import.ts"),
  pull: () => import("./pull.ts"),
  sim: () => import("./sim.ts"),
  "ticket-server": () => import("./ticket-server.ts"),
};

/**
 * The commands to register for argv: just the one named, none for a bare --version, or all
 * (for help and unknown names).
 */
export async function commandsFor(argv: readonly string[]): Promise<RegisterCommand[]> {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) return [];
  const named = argv.find((a) => !a.startsWith("-"));
  const names = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  return Promise.all(names.map(async (name) => (await COMMANDS[name]!()).register));
}
