/**
 * Reading a trigger's config from the lines up to it (metadata/config-prefix.ts): the same answer
 * as a parse of the whole file, for every form the quick reading takes or declines.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject } from "../../build/index.ts";
import { configPrefixEnd, nextStartsStatement } from "../../build/metadata/config-prefix.ts";
import { readMetadata } from "../../build/metadata/read.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const quick = (src: string) => readMetadata(src, "triggers/t.ts", "t");
const whole = (src: string) => readMetadata(src, "triggers/t.ts", "t", true);

const CONFIG = 'export const trigger = {\n  name: "A",\n  events: ["DETECTION_UPDATE"],\n}';

describe("the config read from the lines up to it", () => {
  it("ends the usual forms where their statement ends", () => {
    const src = `import { x } from "./lib/x";\n\n${CONFIG} satisfies TriggerConfig;\n\ndebug(x);\n`;
    expect(src.slice(0, configPrefixEnd(src))).toMatch(/satisfies TriggerConfig;$/);
    const bare = `${CONFIG}\nconst y = 1;\n`;
    expect(bare.slice(0, configPrefixEnd(bare))).toBe(CONFIG);
    const commented = `${CONFIG} as const; // events: see the guide\nconst y = 1;`;
    expect(commented.slice(0, configPrefixEnd(commented))).toBe(`${CONFIG} as const;`);
    const strings = `export const trigger = { name: "a } ] ; \\" b", description: 'it\\'s' };\nlet z;`;
    expect(strings.slice(0, configPrefixEnd(strings))).toBe(strings.split("\n")[0]);
    const annotated = `export const trigger: TriggerConfig =\n  { name: "A", events: ["FLOW_TICK"] };`;
    expect(configPrefixEnd(annotated)).toBe(annotated.length);
  });

  it("takes the quick reading with CRLF line ends", () => {
    const src = `${CONFIG.replace(/\n/g, "\r\n")}\r\ndebug("x");\r\n`;
    expect(configPrefixEnd(src)).toBe(src.indexOf("\r\ndebug") + 1);
  });

  it("makes no guess for a value it cannot follow", () => {
    expect(configPrefixEnd("debug('x');")).toBeUndefined();
    expect(configPrefixEnd("const trigger = {};\nexport { trigger };")).toBeUndefined();
    expect(configPrefixEnd("export const trigger = { name: `A` };")).toBeUndefined();
    expect(configPrefixEnd("export const trigger = { n: 1 / 2 };")).toBeUndefined();
    expect(configPrefixEnd('export const trigger = { name: "A\n" };')).toBeUndefined();
    expect(configPrefixEnd("export const trigger = { name: 'A' /* unclosed")).toBeUndefined();
    expect(configPrefixEnd("export const trigger = { name: 'A' }}\n")).toBeUndefined();
    expect(configPrefixEnd("export const trigger = { name: 'A'")).toBeUndefined();
  });

  it("knows which next lines can only start another statement", () => {
    for (const rest of [
      "",
      "\n",
      "\nconst y = 1;",
      "\n// note\n/* more */\nfunction f() {}",
      "\nawait go();",
    ])
      expect(nextStartsStatement(rest), JSON.stringify(rest)).toBe(true);
    for (const rest of [
      "\n.name",
      "\n(f)()",
      "\n[0]",
      "\n+ 1",
      "\n`t`",
      "\n;",
      "\nsatisfies T;",
      "\nin o",
      "\n/re/.test(s)",
    ])
      expect(nextStartsStatement(rest), JSON.stringify(rest)).toBe(false);
    expect(nextStartsStatement("\n/* unclosed")).toBe(false);
  });

  it("reads every example trigger of this repository as a whole-file parse does", () => {
    const dir = join(import.meta.dirname, "../../triggers");
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const src = readFileSync(join(dir, f), "utf8");
      expect(configPrefixEnd(src), f).toBeLessThan(src.length / 2);
      expect(quick(src), f).toEqual(whole(src));
    }
  });

  // Each reads as the whole file reads: the quick reading is taken, or declined for the whole parse.
  const cases: Record<string, string> = {
    "the usual form": `import { a } from "./a";\n${CONFIG} satisfies TriggerConfig;\ndebug(a);\n`,
    "no semicolon": `${CONFIG}\ndebug("x")\n`,
    "at the end of the file": `debug("x");\n${CONFIG}`,
    "a value that goes on": `${CONFIG}\n.name;\n`,
    "a call after it": `${CONFIG}\n("x");\n`,
    "satisfies on the next line": `${CONFIG}\nsatisfies TriggerConfig;\n`,
    "a semicolon on the next line": `${CONFIG}\n;\n`,
    "a config in a comment first": `/*\n${CONFIG};\n*/\nexport const trigger = { name: "B", events: ["FLOW_TICK"] };\n`,
    "a config in a template first": `const s = \`\n${CONFIG};\n\`;\nexport const trigger = { name: "C", events: ["FLOW_TICK"] };\n`,
    "a config in a namespace": `namespace N {\n${CONFIG};\n}\n`,
    "in a block": `{\n${CONFIG};\n}\n`,
    "two configs": `${CONFIG};\n${CONFIG};\n`,
    "trigger declared again later": `${CONFIG};\nfunction trigger() {}\n`,
    "trigger exported again later": `${CONFIG};\nconst t = 1;\nexport { t as trigger };\n`,
    "trigger declared again in an escape": `${CONFIG};\nlet \\u0074rigger = 1;\n`,
    "an export of what comes later": `export { helper };\n${CONFIG};\nfunction helper() {}\n`,
    "a non-literal value": `const events = ["FLOW_TICK"];\nexport const trigger = { name: "A", events };\n`,
    "a schema error": `export const trigger = {\n  name: "A",\n  events: [],\n  colour: 1,\n};\n`,
    "an unknown event": `export const trigger = {\n  name: "A",\n  events: ["HTTP_RESPONS"],\n};\n`,
    "CRLF line ends": `import { a } from "./a";\r\n${CONFIG.replace(/\n/g, "\r\n")}\r\ndebug(a);\r\n`,
    "a byte order mark": `\ufeff${CONFIG};\ndebug("x");\n`,
    "a comment, then code": `${CONFIG} // the config\n/* more */ debug("x");\n`,
    "a syntax error before it": `const = 1;\n${CONFIG};\n`,
    "a top-level return before it": `return;\n${CONFIG};\n`,
  };
  for (const [name, src] of Object.entries(cases))
    it(`reads ${name} as the whole file reads`, () => expect(quick(src)).toEqual(whole(src)));

  it("leaves a syntax error after the config to the bundler, which reports it where it is", async () => {
    const broken = triggerSource("Broken", ["DETECTION_UPDATE"], 'debug("a");\nconst = 2;');
    const r0 = quick(broken);
    expect(r0.diagnostics).toEqual([]);
    expect(whole(broken).diagnostics.map((d) => d.code)).toEqual(["EH400"]);
    const line = broken.split("\n").findIndex((l) => l.startsWith("const = 2")) + 1;
    const t = tempProject({
      "triggers/broken.ts": broken,
      "triggers/fine.ts": triggerSource("Fine", ["DETECTION_UPDATE"], 'debug("fine");'),
    });
    const r = await buildProject(t.project, { write: false, typecheck: false });
    expect(r.ok).toBe(false);
    expect(r.failed).toEqual(["broken"]);
    expect(r.diagnostics.map((d) => `${d.code} ${d.location?.file}:${d.location?.line}`)).toEqual([
      `EH400 triggers/broken.ts:${line}`,
    ]);
    expect(r.triggers.map((x) => x.id)).toEqual(["fine"]);
  });
});
