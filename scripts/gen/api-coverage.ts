/**
 * Measures how much of the 26.2 Trigger API reference types/ declares, by asking the compiler:
 * every class and member of build/engine/api-members.json becomes one line of a probe file
 * (`probe3.statusCode;`) that is type-checked against the real types/. A line with an error is a
 * member types/ lacks. This is the completeness check (test/types/api-completeness.test.ts) and
 * the source of the coverage table in docs/types.md.
 *
 * Regenerate the table: node bin/run-ts.js scripts/gen/api-coverage.ts (a test fails when stale).
 * List what is missing, with the reference's types: … scripts/gen/api-coverage.ts --missing
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runTsc } from "../../build/typecheck/tsc.ts";
import { API_CLASSES, type ApiClass, type ApiMember } from "../../build/engine/api-members.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface ClassCoverage {
  readonly class: string;
  readonly folder: string;
  /** False when the probe type itself does not exist. */
  readonly declared: boolean;
  readonly properties: { readonly listed: number; readonly declared: number };
  readonly methods: { readonly listed: number; readonly declared: number };
  /** `Class.member` of every listed member types/ lacks. */
  readonly missing: readonly string[];
}

interface ProbeLine {
  readonly cls: ApiClass;
  /** null for the line declaring the probe value of the class. */
  readonly member: string | null;
}

/** A member named like its class (`Device`, `Buffer`) is the constructor. */
function isConstructor(cls: ApiClass, member: string): boolean {
  return cls.class.split(".").pop() === member;
}

export function probeSource(classes: readonly ApiClass[]): { text: string; lines: ProbeLine[] } {
  const lines: ProbeLine[] = [];
  const text: string[] = [];
  const add = (code: string, line: ProbeLine): void => {
    text.push(code);
    lines.push(line);
  };
  classes.forEach((cls, i) => {
    const v = `probe${i}`;
    add(`declare const ${v}: ${cls.probe};`, { cls, member: null });
    for (const m of [...cls.properties, ...cls.methods]) {
      add(
        isConstructor(cls, m.name) ? `${v} satisfies new (...args: never[]) => unknown;` : `${v}.${m.name};`,
        { cls, member: m.name },
      );
    }
  });
  return { text: text.join("\n") + "\nexport {};\n", lines };
}

/**
 * Type-checks `source` against `typesDir` and returns the 0-based lines of `source` with errors.
 * Throws when types/ itself has errors, which would make every probe meaningless.
 */
export async function failingProbeLines(
  source: string,
  typesDir = join(ROOT, "types"),
): Promise<Set<number>> {
  const dir = mkdtempSync(join(tmpdir(), "ehtrig-coverage-"));
  try {
    // skipLibCheck off: types/ is all .d.ts, so an unknown type name there would otherwise pass as any.
    const config = {
      extends: join(ROOT, "tsconfig.json"),
      compilerOptions: { skipLibCheck: false },
      // the base config's `files` names this repository's types/; the probe names its own
      files: [],
      include: [typesDir, "probe.ts"],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
    writeFileSync(join(dir, "probe.ts"), source);
    const failed = new Set<number>();
    const elsewhere: string[] = [];
    for (const d of await runTsc(dir, join(dir, "tsconfig.json"))) {
      if (d.location?.file === "probe.ts") failed.add(d.location.line - 1);
      else elsewhere.push(`${d.location?.file ?? "?"}:${d.location?.line ?? "?"} ${d.message}`);
    }
    if (elsewhere.length) throw new Error(`types/ does not type-check:\n${elsewhere.join("\n")}`);
    return failed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureCoverage(
  classes: readonly ApiClass[] = API_CLASSES,
  typesDir = join(ROOT, "types"),
): Promise<ClassCoverage[]> {
  const { text, lines } = probeSource(classes);
  const failed = await failingProbeLines(text, typesDir);
  return classes.map((cls) => {
    const own = lines.map((l, i) => ({ ...l, ok: !failed.has(i) })).filter((l) => l.cls === cls);
    const declared = own.find((l) => l.member === null)!.ok;
    const ok = (name: string): boolean => declared && own.some((l) => l.member === name && l.ok);
    const count = (ms: readonly { name: string }[]) => ({
      listed: ms.length,
      declared: ms.filter((m) => ok(m.name)).length,
    });
    const missing = [...cls.properties, ...cls.methods]
      .filter((m) => !ok(m.name))
      .map((m) => `${cls.class}.${m.name}`);
    return {
      class: cls.class,
      folder: cls.folder,
      declared,
      properties: count(cls.properties),
      methods: count(cls.methods),
      missing,
    };
  });
}

const START = "<!-- api-coverage:start -->";
const END = "<!-- api-coverage:end -->";

/** The class's file under types/ (the Remote classes share remote.d.ts). */
function classFile(c: ClassCoverage): string {
  if (c.class.startsWith("Remote")) return "remote.d.ts";
  return `${c.folder ? c.folder + "/" : ""}${c.class.toLowerCase()}.d.ts`;
}

/** A Markdown table padded the way prettier pads it, so formatting docs/types.md leaves it alone. */
function alignedTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

export function renderCoverageTable(coverage: readonly ClassCoverage[]): string {
  const sum = (f: (c: ClassCoverage) => number): number => coverage.reduce((n, c) => n + f(c), 0);
  const complete = coverage.filter((c) => c.declared && c.missing.length === 0).length;
  const out = [
    START,
    "<!-- Generated by scripts/gen/api-coverage.ts from build/engine/api-members.json; do not edit. -->",
    "",
    `Classes declared: ${sum((c) => (c.declared ? 1 : 0))}/${coverage.length} (${complete} complete); ` +
      `properties: ${sum((c) => c.properties.declared)}/${sum((c) => c.properties.listed)}; ` +
      `methods: ${sum((c) => c.methods.declared)}/${sum((c) => c.methods.listed)}.`,
    "",
  ];
  const rows = coverage.map((c) => [
    c.class,
    `\`${classFile(c)}\``,
    `${c.properties.declared}/${c.properties.listed}`,
    `${c.methods.declared}/${c.methods.listed}`,
  ]);
  out.push(...alignedTable(["class", "file", "properties", "methods"], rows));
  out.push("", END);
  return out.join("\n");
}

/** The doc with its coverage section replaced by `table`. */
export function withCoverageTable(doc: string, table: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/types.md lacks the ${START} … ${END} markers`);
  return doc.slice(0, start) + table + doc.slice(end + END.length);
}

export const TYPES_DOC = join(ROOT, "docs", "types.md");

/** `Class.member: <reference type>` for each member types/ lacks: what to declare next. */
export function renderMissing(coverage: readonly ClassCoverage[], classes = API_CLASSES): string {
  const byKey = new Map<string, ApiMember>(
    classes.flatMap((c) => [...c.properties, ...c.methods].map((m) => [`${c.class}.${m.name}`, m] as const)),
  );
  return coverage
    .flatMap((c) => c.missing)
    .map((key) => {
      const m = byKey.get(key)!;
      const limit = m.readableOn ? ` (only on ${m.readableOn.join(", ")})` : "";
      return `${key}: ${m.type ?? m.signature}${limit}`;
    })
    .join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const coverage = await measureCoverage();
  // --missing: list what types/ lacks instead of rewriting the table.
  if (process.argv.includes("--missing"))
    process.stdout.write((renderMissing(coverage) || "nothing missing") + "\n");
  else
    writeFileSync(
      TYPES_DOC,
      withCoverageTable(readFileSync(TYPES_DOC, "utf8"), renderCoverageTable(coverage)),
    );
}
