/**
 * Stage 2: type-checks the project once, concurrently with bundling. The project's tsconfig.json
 * is extended by a generated one (in the cache folder) that adds the declarations of the ES2015+
 * built-ins the engine language level allows or ponyfills, on top of `lib: ["es5"]`, and the
 * declared ODS target names as a typed union (`Remote.DeclaredTargets`, like `wrangler types`).
 *
 * tsc reports no semantic error anywhere while any file has a syntax error, so one broken trigger
 * would hide every other trigger's type errors: the check is run again without the broken files
 * (their syntax errors are kept from the first run).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics.ts";
import { declarationsFor } from "../engine/builtins/declarations.ts";
import type { LanguageLevel } from "../engine/language.ts";
import type { TargetConfig, TargetType } from "../project/config.ts";
import { toolkitRoot } from "../toolkit-files.ts";
import { fromTsc } from "./ts-codes.ts";
import { runTsc, type TscMessage } from "./tsc.ts";

export const TSCONFIG = "tsconfig.json";

export interface TypecheckInput {
  root: string;
  level: LanguageLevel;
  targets: Readonly<Record<string, TargetConfig>>;
  /** Folder for the generated tsconfig and tsc's incremental state; a temp folder when absent. */
  workDir?: string;
}

const TARGET_TYPES: readonly TargetType[] = ["http", "kafka", "mongodb", "syslog", "raw"];

/** The declarations file the generated tsconfig adds: the level's built-ins and the target names. */
export function generatedDeclarations(
  level: LanguageLevel,
  targets: Readonly<Record<string, TargetConfig>>,
): string {
  const union = (type: TargetType): string =>
    Object.entries(targets)
      .filter(([, t]) => t.type === type)
      .map(([name]) => JSON.stringify(name))
      .join(" | ") || "never";
  const names = TARGET_TYPES.map((type) => `    ${type}: ${union(type)};`).join("\n");
  return `${declarationsFor([...level.allowed, ...level.ponyfilled])}
declare namespace Remote {
  /** ODS target names declared in ehtrig.config.json, by target type. */
  interface DeclaredTargets {
${names}
  }
}
`;
}

export async function typecheckProject({
  root,
  level,
  targets,
  workDir,
}: TypecheckInput): Promise<Diagnostic[]> {
  const base = join(root, TSCONFIG);
  if (!existsSync(base)) {
    return [
      diagnostic("EH106", `no ${TSCONFIG} in the project`, {
        location: { file: TSCONFIG, line: 1, column: 1 },
      }),
    ];
  }
  // Without a cache folder (--no-cache), a temporary one that goes when the check is done.
  const temp = workDir ? undefined : mkdtempSync(join(tmpdir(), "ehtrig-tsc-"));
  try {
    return await check(root, base, join(workDir ?? temp!, "typecheck"), level, targets);
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

async function check(
  root: string,
  base: string,
  dir: string,
  level: LanguageLevel,
  targets: Readonly<Record<string, TargetConfig>>,
): Promise<Diagnostic[]> {
  mkdirSync(dir, { recursive: true });
  const dts = join(dir, "ehtrig-generated.d.ts");
  writeFileSync(dts, generatedDeclarations(level, targets));
  const config = (exclude: string[]): string => {
    const path = join(dir, exclude.length ? "tsconfig.partial.json" : "tsconfig.json");
    const derived = {
      extends: base,
      // `files` replaces the inherited list, which is where ehtrig/tsconfig.json names the
      // engine declarations: name them again next to the generated ones.
      files: [join(toolkitRoot(), "types", "index.d.ts"), dts],
      ...(exclude.length ? { exclude: [...exclude, join(root, "node_modules")] } : {}),
    };
    writeFileSync(path, JSON.stringify(derived, null, 2));
    return path;
  };

  const first = await runTsc(root, config([]), join(dir, "tsconfig.tsbuildinfo"));
  const broken = brokenFiles(first);
  let messages = first;
  if (broken.size) {
    const rest = await runTsc(root, config([...broken].map((f) => join(root, f))));
    messages = [...first.filter((m) => m.location && broken.has(m.location.file)), ...rest];
  }
  return messages.map(fromTsc);
}

/** Project files (not tsconfig.json or libraries) with syntax errors, which tsc reports as TS1xxx. */
function brokenFiles(messages: TscMessage[]): Set<string> {
  const files = new Set<string>();
  for (const m of messages) {
    const file = m.location?.file;
    if (
      /^TS1\d{3}$/.test(m.tsCode) &&
      file &&
      file.endsWith(".ts") &&
      !file.startsWith("..") &&
      !file.includes("node_modules/")
    )
      files.add(file);
  }
  return files;
}
