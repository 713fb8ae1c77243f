/**
 * Lowered output does not only pass the gate: it runs, with the same results, on the harness's
 * ES5-only vm sandbox and on the independent ES5 interpreter.
 */
import { describe, expect, it } from "vitest";
import { buildProject } from "../../build/index.ts";
import { loadScript } from "../../simulated-engine/index.ts";
import { tempProject, triggerSource } from "../support/project.ts";

const BODY = `
class Failure {
  constructor(readonly message: string) {}
}
class HttpError extends Failure {
  constructor(readonly status: number) { super("status " + status); }
  get retryable(): boolean { return this.status >= 500; }
}
class Counter {
  static created = 0;
  private counts: { [k: string]: number } = {};
  constructor() { Counter.created++; }
  add(k: string): number { this.counts[k] = (this.counts[k] ?? 0) + 1; return this.counts[k]!; }
}
function tag(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.raw.join("|") + ":" + values.length;
}
const { id, title, ...rest } = { id: Detection.id, title: Detection.title, a: 1, b: 2 };
const [first = "none", ...others] = Detection.categories;
const c = new Counter();
for (const cat of [...Detection.categories, ...others]) c.add(cat);
let caught = "";
try { throw new HttpError(503); } catch (e) {
  caught = e instanceof HttpError && e instanceof Failure ? \`\${e.message} retry=\${e.retryable}\` : "wrong";
}
const merged = { ...rest, id, extra: title.length };
log([caught, first, others.length, Object.keys(merged).join(","), c.add(first), Counter.created, tag\`a\${1}b\${2}\`, 2 ** 10].join(" / "));
`;

describe("lowered constructs run on a strict ES5 engine", () => {
  it("classes, extends, super, getters, statics, rest/spread, defaults, for-of, tagged templates", async () => {
    const t = tempProject({ "triggers/t.ts": triggerSource("t", ["DETECTION_UPDATE"], BODY) });
    const r = await buildProject(t.project);
    expect(r.diagnostics).toEqual([]);
    const script = r.triggers[0]!.code;
    const expected = "status 503 retry=true / sec.recon / 1 / a,b,id,extra / 2 / 1 / a|b|:2 / 1024";
    for (const engine of ["vm", "interpreter"] as const) {
      const loaded = loadScript({ id: "t", events: ["DETECTION_UPDATE"], script }, { root: t.root, engine });
      const { detection } = await import("../../simulated-engine/index.ts");
      const run = loaded.fire("DETECTION_UPDATE", {
        detection: detection({ id: 7, title: "Recon", categories: ["sec.recon", "sec.lateral"] }),
      });
      expect(run.error, `${engine}: ${String(run)}`).toBeNull();
      expect(run.logs.map((l) => l.message)).toEqual([expected]);
    }
  });
});

describe("subclassing a built-in", () => {
  it("builds with a warning (EH511) at the class, since instanceof needs __proto__ or setPrototypeOf", async () => {
    const body =
      'class HttpError extends Error {\n  constructor(readonly status: number) { super("status " + status); }\n}\ntry { throw new HttpError(503); } catch (e) { log(String(e instanceof HttpError)); }';
    const t = tempProject({ "triggers/t.ts": triggerSource("t", ["DETECTION_UPDATE"], body) });
    const r = await buildProject(t.project);
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "EH511",
        severity: "warning",
        location: expect.objectContaining({ file: "triggers/t.ts", line: 2 }),
      }),
    ]);
    // the warning comes back from the cache too
    expect((await buildProject(t.project)).diagnostics.map((d) => d.code)).toEqual(["EH511"]);
  });
});
