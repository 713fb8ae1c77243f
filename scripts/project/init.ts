/**
 * `ehtrig init`: sets up an ehtrig project in an empty or existing repository. It plans every
 * file first and writes only if the plan is sound (a package.json it cannot read stops it before
 * anything is written); it never overwrites a file, and reports what it created, changed and
 * skipped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { CONFIG_FILE } from "../../build/project/config.ts";
import { VITEST_CONFIG_NAMES } from "../../simulated-engine/vitest/plugin.ts";
import { TESTS_DIR } from "../tests/find.ts";
import {
  configTemplate,
  GITIGNORE_ENTRIES,
  PACKAGE_SCRIPTS,
  testTemplate,
  triggerTemplate,
  TSCONFIG,
  VITEST_CONFIG,
} from "./templates.ts";

export const STARTER_ID = "new-detections";
const STARTER_EVENTS = ["DETECTION_UPDATE"];
/** What `npm init -y` writes as the test script: a placeholder, not the user's choice. */
const NPM_PLACEHOLDER_TEST = /^echo "Error: no test specified" && exit 1$/;

export interface InitStep {
  path: string;
  action: "created" | "updated" | "skipped";
  /** Why it was skipped, or what was changed. */
  note?: string;
}

interface Planned extends InitStep {
  text?: string;
}

export function initProject(root: string): InitStep[] {
  const plan: Planned[] = [];
  const file = (path: string, text: string): void => {
    plan.push(
      existsSync(join(root, path))
        ? { path, action: "skipped", note: "exists; left as it is" }
        : { path, action: "created", text },
    );
  };
  file(CONFIG_FILE, configTemplate(projectName(root)));
  file("tsconfig.json", TSCONFIG);
  const existingVitest = VITEST_CONFIG_NAMES.find((n) => existsSync(join(root, n)));
  if (existingVitest)
    plan.push({
      path: existingVitest,
      action: "skipped",
      note: 'exists; add `plugins: [ehtrig()]` (import { ehtrig } from "ehtrig/vitest") to it',
    });
  else file("vitest.config.mts", VITEST_CONFIG);
  plan.push(packageJson(root));
  plan.push(gitignore(root));
  file(join("triggers", `${STARTER_ID}.ts`), triggerTemplate(STARTER_ID, STARTER_EVENTS));
  file(join(TESTS_DIR, `${STARTER_ID}.test.ts`), testTemplate(STARTER_ID, STARTER_EVENTS));

  for (const step of plan) {
    if (step.text === undefined) continue;
    const path = join(root, step.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, step.text, { flag: step.action === "created" ? "wx" : "w" });
  }
  mkdirSync(join(root, "triggers"), { recursive: true });
  return plan.map(({ text: _, ...step }) => step);
}

function projectName(root: string): string {
  const pkg = join(root, "package.json");
  if (existsSync(pkg)) {
    try {
      const name = (JSON.parse(readFileSync(pkg, "utf8")) as { name?: unknown }).name;
      if (typeof name === "string" && name) return name;
    } catch {
      // reported by packageJson()
    }
  }
  return basename(root);
}

function packageJson(root: string): Planned {
  const path = "package.json";
  const file = join(root, path);
  if (!existsSync(file)) {
    const pkg = { name: basename(root), version: "0.1.0", private: true, scripts: PACKAGE_SCRIPTS };
    return { path, action: "created", text: `${JSON.stringify(pkg, null, 2)}\n` };
  }
  const text = readFileSync(file, "utf8");
  let pkg: { scripts?: Record<string, string> } & Record<string, unknown>;
  try {
    pkg = JSON.parse(text);
    if (pkg === null || typeof pkg !== "object" || Array.isArray(pkg)) throw new Error("not a JSON object");
  } catch (err) {
    throw new EhtrigError([
      diagnostic("EH110", `package.json cannot be read: ${(err as Error).message}; nothing was written`, {
        location: { file: path, line: 1, column: 1 },
      }),
    ]);
  }
  const scripts = { ...(pkg.scripts ?? {}) };
  const added: string[] = [];
  const kept: string[] = [];
  for (const [name, command] of Object.entries(PACKAGE_SCRIPTS)) {
    const current = scripts[name];
    if (current === command) continue;
    if (current === undefined || (name === "test" && NPM_PLACEHOLDER_TEST.test(current))) {
      scripts[name] = command;
      added.push(`"${name}": "${command}"`);
    } else kept.push(`"${name}" (has "${current}"; \`npx ehtrig ${name}\` runs ours)`);
  }
  if (!added.length)
    return {
      path,
      action: "skipped",
      note: kept.length ? `kept scripts ${kept.join(", ")}` : "scripts already set",
    };
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
  return {
    path,
    action: "updated",
    note: `added scripts ${added.join(", ")}${kept.length ? `; kept ${kept.join(", ")}` : ""}`,
    text: `${JSON.stringify({ ...pkg, scripts }, null, indent)}\n`,
  };
}

function gitignore(root: string): Planned {
  const path = ".gitignore";
  const file = join(root, path);
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const lines = new Set(text.split(/\r?\n/).map((l) => l.trim()));
  const missing = GITIGNORE_ENTRIES.filter((e) => !lines.has(e) && !lines.has(e.replace(/\/$/, "")));
  if (!missing.length) return { path, action: "skipped", note: "already ignores the build output" };
  const sep = text === "" || text.endsWith("\n") ? "" : "\n";
  return {
    path,
    action: text ? "updated" : "created",
    note: `ignores ${missing.join(", ")}`,
    text: `${text}${sep}${missing.join("\n")}\n`,
  };
}
