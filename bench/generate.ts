/**
 * Generates the compiler benchmark's project: N triggers of about 200 lines each that import
 * shared helpers from triggers/lib/, written with the syntax real triggers use (classes,
 * destructuring, spread, for-of, template literals, optional chaining, arrows).
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const LIBS: Record<string, string> = {
  "text.ts": `export function pad2(n: number): string {
  return n < 10 ? \`0\${n}\` : String(n);
}
export function isoDate(ms: number): string {
  const d = new Date(ms);
  return \`\${d.getUTCFullYear()}-\${pad2(d.getUTCMonth() + 1)}-\${pad2(d.getUTCDate())}\`;
}
export function kv(fields: Record<string, string | number | null>): string {
  const parts: string[] = [];
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    parts.push(\`\${key}=\${value === null ? "-" : String(value)}\`);
  }
  return parts.join(" ");
}
export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 3) + "..." : text;
}
`,
  "stats.ts": `export class Counter {
  private counts: { [key: string]: number } = {};
  add(key: string, by = 1): number {
    this.counts[key] = (this.counts[key] ?? 0) + by;
    return this.counts[key]!;
  }
  top(n: number): [string, number][] {
    const entries = Object.keys(this.counts).map((k): [string, number] => [k, this.counts[k]!]);
    entries.sort(([, a], [, b]) => b - a);
    return entries.slice(0, n);
  }
}
export function mean(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length ? sum / values.length : 0;
}
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
  return sorted[idx] ?? 0;
}
`,
  "risk.ts": `export type Level = "low" | "medium" | "high" | "critical";
export function level(score: number | null): Level {
  if (score === null) return "low";
  if (score >= 80) return "critical";
  if (score >= 60) return "high";
  if (score >= 30) return "medium";
  return "low";
}
export const WEIGHTS: { [level: string]: number } = { low: 1, medium: 2, high: 4, critical: 8 };
`,
  "send.ts": `export interface Envelope {
  kind: string;
  at: number;
  body: Record<string, unknown>;
}
export function envelope(kind: string, body: Record<string, unknown>): Envelope {
  return { kind, at: getTimestamp(), body: { ...body } };
}
export function postJson(target: string, path: string, value: Envelope): boolean {
  return Remote.HTTP(target).post({ path, headers: { "Content-Type": "application/json" }, payload: JSON.stringify(value) });
}
`,
};

function triggerBody(i: number): string {
  const lines: string[] = [
    `import { clip, isoDate, kv } from "./lib/text";`,
    `import { Counter, mean, percentile } from "./lib/stats";`,
    `import { level, WEIGHTS } from "./lib/risk";`,
    `import { envelope, postJson } from "./lib/send";`,
    ``,
    `export const trigger = {`,
    `  name: "Generated trigger ${i}",`,
    `  events: ["DETECTION_UPDATE"],`,
    `  description: "Benchmark trigger ${i}",`,
    `} satisfies TriggerConfig;`,
    ``,
    `const TARGET = "ticket-server";`,
    `const PREFIX_${i} = "gen-${i}";`,
    ``,
  ];
  for (let f = 0; f < 12; f++) {
    lines.push(
      `interface Item${f} { name: string; score: number | null; tags: string[] }`,
      `function step${f}(detection: typeof Detection, seen: Counter): Item${f}[] {`,
      `  const items: Item${f}[] = detection.categories.map((c, idx) => ({ name: \`\${PREFIX_${i}}-${f}-\${c}\`, score: detection.riskScore, tags: [c, String(idx)] }));`,
      `  for (const { name, tags } of items) {`,
      `    seen.add(name, tags.length + ${f});`,
      `  }`,
      `  const [first, ...rest] = items;`,
      `  if (first?.score != null && first.score > ${f * 7}) {`,
      `    debug(kv({ step: ${f}, first: first.name, rest: rest.length, level: level(first.score) }));`,
      `  }`,
      `  return items.filter((it) => (it.score ?? 0) >= ${f * 5});`,
      `}`,
      ``,
    );
  }
  lines.push(
    `class Report {`,
    `  readonly parts: string[] = [];`,
    `  constructor(private readonly title: string) {}`,
    `  add(label: string, value: string | number): this {`,
    `    this.parts.push(\`\${label}: \${value}\`);`,
    `    return this;`,
    `  }`,
    `  render(): string {`,
    `    return clip([this.title, ...this.parts].join("\\n"), 2000);`,
    `  }`,
    `}`,
    ``,
    `const seen = new Counter();`,
    `const all = [${Array.from({ length: 12 }, (_, f) => `...step${f}(Detection, seen)`).join(", ")}];`,
    `const scores = all.map((it) => it.score ?? 0);`,
    `const report = new Report(\`Detection \${Detection.id}\`)`,
    `  .add("items", all.length)`,
    `  .add("mean", mean(scores))`,
    `  .add("p90", percentile(scores, 90))`,
    `  .add("weight", WEIGHTS[level(Detection.riskScore)] ?? 0)`,
    `  .add("date", isoDate(Detection.startTime));`,
    `for (const [name, count] of seen.top(5)) report.add(name, count);`,
    `if (Detection.isEventCreate && !postJson(TARGET, "/ingest/${i}", envelope("report", { text: report.render() }))) {`,
    `  log("could not queue report ${i}");`,
    `}`,
  );
  return lines.join("\n") + "\n";
}

export function generateProject(root: string, repo: string, count: number): string[] {
  mkdirSync(join(root, "triggers", "lib"), { recursive: true });
  cpSync(join(repo, "types"), join(root, "types"), { recursive: true });
  cpSync(join(repo, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
  cpSync(join(repo, "tsconfig.json"), join(root, "tsconfig.json"));
  writeFileSync(
    join(root, "ehtrig.config.json"),
    JSON.stringify({ targets: { "ticket-server": { type: "http" } } }),
  );
  for (const [name, text] of Object.entries(LIBS)) writeFileSync(join(root, "triggers", "lib", name), text);
  const entries: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(root, "triggers", `gen-${String(i).padStart(2, "0")}.ts`);
    writeFileSync(path, triggerBody(i));
    entries.push(path);
  }
  return entries;
}
