/**
 * The project config, ehtrig.config.json at the project root: where triggers live, the Open Data
 * Stream targets they may call (used by the verifier's docs, the harness and deploy), and named
 * appliances for the REST commands. Validated against config.schema.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { diagnostic, EhtrigError } from "../diagnostics.ts";
import { resolveLevel, type EngineSetting, type LanguageLevel } from "../engine/language.ts";
import { jsonErrorPosition, positionOfPointer, pointerToPath, validate } from "../schema.ts";
import schema from "./config.schema.json" with { type: "json" };

export const CONFIG_FILE = "ehtrig.config.json";

export type TargetType = "http" | "kafka" | "mongodb" | "syslog" | "raw";

export interface TargetConfig {
  type: TargetType;
  description?: string;
}

export interface ProjectConfig {
  triggersDir?: string;
  outDir?: string;
  author?: string;
  /** The engine language level (build/engine/language.ts). */
  engine?: EngineSetting;
  targets: Record<string, TargetConfig>;
  appliances?: Record<string, Record<string, unknown>>;
  /** Group name → appliance names, for `deploy --to GROUP`. */
  applianceGroups?: Record<string, string[]>;
}

export interface Project {
  /** Absolute project root. */
  root: string;
  config: ProjectConfig;
  /** Absolute folder of trigger sources. */
  triggersDir: string;
  /** Absolute output folder. */
  outDir: string;
  /** The author stamped on deployed triggers. */
  author: string;
  /** The ES2015+ built-ins the engine has, and those the compiler ponyfills. */
  level: LanguageLevel;
}

export const DEFAULT_AUTHOR = "ehtrig";

export function loadProject(rootDir: string = process.cwd()): Project {
  const root = resolve(rootDir);
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) {
    throw new EhtrigError([diagnostic("EH100", `no ${CONFIG_FILE} in ${root}`)]);
  }
  const text = readFileSync(file, "utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new EhtrigError([
      diagnostic("EH101", `${CONFIG_FILE} is not valid JSON: ${(err as Error).message}`, {
        location: { file: CONFIG_FILE, ...jsonErrorPosition(text, err as Error) },
        hint: "Fix the JSON syntax (no comments or trailing commas).",
      }),
    ]);
  }
  const problems = validate(schema, data);
  if (problems.length) {
    throw new EhtrigError(
      problems.map((p) =>
        diagnostic("EH101", `${CONFIG_FILE}: ${pointerToPath(p.pointer)}: ${p.message}`, {
          location: { file: CONFIG_FILE, ...positionOfPointer(text, p.pointer) },
        }),
      ),
    );
  }
  const config = data as ProjectConfig;
  return {
    root,
    config,
    triggersDir: resolve(root, config.triggersDir ?? "triggers"),
    outDir: resolve(root, config.outDir ?? "dist"),
    author: config.author ?? DEFAULT_AUTHOR,
    level: resolveLevel(config.engine),
  };
}
