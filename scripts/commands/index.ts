/** Every CLI command, in the order `ehtrig --help` lists them. */
import type { Command } from "commander";
import type { CliContext } from "../cli.ts";
import { register as build } from "./build.ts";
import { register as check } from "./check.ts";
import { register as map } from "./map.ts";
import { register as newTrigger } from "./new.ts";
import { register as watch } from "./watch.ts";
import { register as tickets } from "./tickets.ts";
import { register as sim } from "./sim.ts";
import { register as deploy } from "./deploy.ts";
import { register as bundle } from "./bundle.ts";
import { register as importTrigger } from "./import.ts";
import { register as fidelity } from "./fidelity.ts";

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export const COMMANDS: RegisterCommand[] = [
  build,
  check,
  watch,
  map,
  newTrigger,
  tickets,
  deploy,
  bundle,
  importTrigger,
  sim,
  fidelity,
];
