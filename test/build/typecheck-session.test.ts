/**
 * Watch mode's type-check session (build/typecheck/session.ts): after an edit, a server that keeps
 * the project loaded checks the affected files instead of a tsc process. Every answer must be
 * the one tsc gives, so each step below compares the session's build with a build whose
 * whole-project check runs tsc, and counts the checks the session answered.
 */
import { existsSync } from "node:fs";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { BuildCache } from "../../build/cache.ts";
import { buildProject } from "../../build/pipeline.ts";
import { TypecheckSession } from "../../build/typecheck/session.ts";
import { tempProject, triggerSource, type TempProject } from "../support/project.ts";
import { apiServersIn } from "../support/server-process.ts";

const trigger = (name: string, body: string) => triggerSource(name, ["TIMER_30SEC"], body);
const LIB = "export function twice(n: number): number {\n  return n * 2;\n}\n";

function withSession(t: TempProject) {
  const cache = new BuildCache(t.root);
  const session = new TypecheckSession();
  // Closed after the test whatever happens (a second close does nothing).
  onTestFinished(() => session.close());
  const show = (r: Awaited<ReturnType<typeof buildProject>>) =>
    r.diagnostics.map(
      (d) => `${d.code} ${d.location?.file}:${d.location?.line}:${d.location?.column} ${d.message}`,
    );
  return {
    session,
    /** The build watch mode makes: the same cache and session every time. */
    viaSession: async () => show(await buildProject(t.project, { cache, session, write: false })),
    /** A build with nothing cached: tsc checks the whole project. */
    viaTsc: async () =>
      show(await buildProject(t.project, { cache: new BuildCache(undefined), write: false })),
  };
}

describe("the type-check session of watch mode", () => {
  it("answers the check of an edited trigger or module as tsc would", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/a.ts": trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(1)));'),
      "triggers/b.ts": trigger("B", 'const n: number = "x";\ndebug(String(n));'),
    });
    const s = withSession(t);
    expect(await s.viaSession()).toEqual(await s.viaTsc());
    expect(await s.session.opened()).toBe(true);

    // A message with a chain, after non-ASCII text on the same line (columns count UTF-16 units).
    t.write(
      "triggers/a.ts",
      trigger(
        "A",
        'import { twice } from "./lib/math";\nconst s = "ééé😀"; const f: (x: string) => void = (x: number) => {};\ndebug(String(twice(1)) + s + f);',
      ),
    );
    const chained = await s.viaSession();
    expect(s.session.answered).toBe(1);
    expect(chained.some((d) => d.includes("\n  Types of parameters"))).toBe(true);
    expect(chained).toEqual(await s.viaTsc());

    // The module's signature changes (no import line does): its importer is checked again. The
    // session checks the module first; its new declarations concern a.ts, checked next.
    t.write("triggers/lib/math.ts", LIB.replace("n: number)", "n: string)"));
    const broken = await s.viaSession();
    expect(s.session.answered).toBe(3);
    expect(broken.filter((d) => d.includes("triggers/a.ts:4:"))).toHaveLength(1);
    expect(broken).toEqual(await s.viaTsc());

    t.write("triggers/lib/math.ts", LIB);
    t.write("triggers/a.ts", trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(2)));'));
    const fixed = await s.viaSession();
    // (a.ts changed too: one check of both, nothing else imports the module)
    expect(s.session.answered).toBe(4);
    expect(fixed).toEqual(await s.viaTsc());
    expect(fixed.map((d) => d.split(" ")[1])).toEqual(["triggers/b.ts:2:7"]);
  });

  it("checks of a module's importers only those its new declarations concern, as tsc checks do", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/a.ts": trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(1)));'),
      // A namespace import may reach any new export; c.ts already has a problem of its own.
      "triggers/b.ts": trigger("B", 'import * as m from "./lib/math";\ndebug(String(m.twice(2)));'),
      "triggers/c.ts": trigger(
        "C",
        'import { twice } from "./lib/math";\nconst n: number = "x";\ndebug(String(twice(n)));',
      ),
    });
    const s = withSession(t);
    expect(await s.viaSession()).toEqual(await s.viaTsc());
    expect(await s.session.opened()).toBe(true);
    const asked: string[][] = [];
    const check = s.session.check.bind(s.session);
    vi.spyOn(s.session, "check").mockImplementation((changed, files, read) => {
      asked.push(files.map((f) => f.slice(t.root.length + 1)).sort());
      return check(changed, files, read);
    });
    const step = async (lib: string) => {
      asked.length = 0;
      t.write("triggers/lib/math.ts", lib);
      const got = await s.viaSession();
      expect(got).toEqual(await s.viaTsc());
      return asked.map((files) => files.join(" "));
    };
    // Inside a body: the declarations stay the same, the module alone is checked.
    expect(await step(LIB.replace("n * 2", "n + n"))).toEqual(["triggers/lib/math.ts"]);
    // A new export: a.ts never names it, b.ts may reach it, c.ts has a problem already.
    expect(await step(`${LIB}export const limit = 3;\n`)).toEqual([
      "triggers/lib/math.ts",
      "triggers/b.ts triggers/c.ts triggers/lib/math.ts",
    ]);
    // A changed signature concerns every importer, which now has a problem.
    const all = "triggers/a.ts triggers/b.ts triggers/c.ts triggers/lib/math.ts";
    expect(await step(LIB.replace("n: number)", "n: string)"))).toEqual(["triggers/lib/math.ts", all]);
    // And back: the declarations kept were those of the last edit, not of the full check.
    expect(await step(LIB)).toEqual(["triggers/lib/math.ts", all]);
    expect(s.session.answered).toBe(7); // every check answered by the session, none by tsc
  });

  it("leaves to tsc an edit that changes an import, a syntax error and a generator", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/lib/text.ts": 'export function shout(s: string): string {\n  return s + "!";\n}\n',
      "triggers/a.ts": trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(1)));'),
    });
    const s = withSession(t);
    await s.viaSession();
    expect(await s.session.opened()).toBe(true);
    const steps = [
      // a new import: tsc learns the new edge (text.ts → a.ts) …
      'import { twice } from "./lib/math";\nimport { shout } from "./lib/text";\ndebug(shout(String(twice(1))));',
      'import { twice } from "./lib/math";\ndebug(String(twice(1))) +;',
      'import { twice } from "./lib/math";\nfunction* g() { yield twice(1); }\ndebug(String(g));',
      'import { twice } from "./lib/math";\nimport { shout } from "./lib/text";\ndebug(shout(String(twice(3))));',
    ];
    for (const body of steps) {
      t.write("triggers/a.ts", trigger("A", body));
      expect(await s.viaSession()).toEqual(await s.viaTsc());
    }
    // … so that an edit of text.ts later checks a.ts, through the session.
    const answered = s.session.answered;
    t.write("triggers/lib/text.ts", 'export function shout(s: number): string {\n  return s + "!";\n}\n');
    const after = await s.viaSession();
    expect(s.session.answered).toBe(answered + 1);
    expect(after.some((d) => d.startsWith("EH300 triggers/a.ts:"))).toBe(true);
    expect(after).toEqual(await s.viaTsc());
  });

  it("learns a new import however it is written: a specifier on its own line, a comment taken away", async () => {
    const TEXT = 'export function shout(s: string): string {\n  return s + "!";\n}\n';
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/lib/text.ts": TEXT,
      "triggers/a.ts": trigger(
        "A",
        'import { twice } from "./lib/math";\n/*\nimport { shout } from "./lib/text";\n*/\ndebug(String(twice(1)));',
      ),
      "triggers/b.ts": trigger("B", 'import { twice } from "./lib/math";\ndebug(String(twice(2)));'),
    });
    const s = withSession(t);
    await s.viaSession();
    expect(await s.session.opened()).toBe(true);
    const steps: [string, string][] = [
      // the block comment goes: a new edge, text.ts → a.ts
      [
        "triggers/a.ts",
        trigger(
          "A",
          'import { twice } from "./lib/math";\n\nimport { shout } from "./lib/text";\n\ndebug(shout(String(twice(1))));',
        ),
      ],
      ["triggers/lib/text.ts", TEXT.replace("s: string)", "s: number)")],
      ["triggers/lib/text.ts", TEXT],
      // a specifier on a line of its own: a new edge, text.ts → b.ts
      [
        "triggers/b.ts",
        trigger(
          "B",
          'import { twice } from "./lib/math";\nimport { shout } from\n  "./lib/text";\ndebug(shout(String(twice(2))));',
        ),
      ],
      ["triggers/lib/text.ts", TEXT.replace("s: string)", "s: number)")],
    ];
    const answeredBy: boolean[] = [];
    for (const [file, text] of steps) {
      const before = s.session.answered;
      t.write(file, text);
      expect(await s.viaSession()).toEqual(await s.viaTsc());
      answeredBy.push(s.session.answered > before);
    }
    // Import edits go to tsc (which learns the edges); the module edits after them are the session's.
    expect(answeredBy).toEqual([false, true, true, false, true]);
    const last = await s.viaSession();
    expect(last.filter((d) => d.startsWith("EH300")).map((d) => d.split(":")[0])).toEqual([
      "EH300 triggers/a.ts",
      "EH300 triggers/b.ts",
    ]);
  });

  it("places problems as tsc does in a file with a byte-order mark and CRLF or CR line ends", async () => {
    const t = tempProject({ "triggers/a.ts": trigger("A", 'debug("a");') });
    const s = withSession(t);
    await s.viaSession();
    expect(await s.session.opened()).toBe(true);
    const body = trigger("A", 'const s = "é";\nconst n: number = s;\ndebug(String(n));');
    t.write("triggers/a.ts", "\uFEFF" + body.replace(/\n/g, "\r\n"));
    const crlf = await s.viaSession();
    expect(crlf).toEqual(await s.viaTsc());
    t.write("triggers/a.ts", "\uFEFF" + body.replace(/\n/g, "\r"));
    const cr = await s.viaSession();
    expect(cr).toEqual(await s.viaTsc());
    expect(s.session.answered).toBe(2);
    expect(crlf.map((d) => d.split(" ")[1])).toEqual(["triggers/a.ts:3:7"]);
  });

  it("hears of an edit made while it was still opening", async () => {
    const t = tempProject({
      "triggers/lib/math.ts": LIB,
      "triggers/a.ts": trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice(1)));'),
    });
    const s = withSession(t);
    await s.viaSession();
    // Before the server is ready: tsc checks this edit.
    t.write("triggers/a.ts", trigger("A", 'import { twice } from "./lib/math";\ndebug(String(twice("1")));'));
    expect(await s.viaSession()).toEqual(await s.viaTsc());
    expect(await s.session.opened()).toBe(true);
    // The server must check a.ts as it is now, not as it was when it opened.
    t.write(
      "triggers/lib/math.ts",
      LIB.replace("n: number)", "n: number | string)").replace("n * 2", "+n * 2"),
    );
    const now = await s.viaSession();
    // (the module, then a.ts, which its new declarations concern)
    expect(s.session.answered).toBe(2);
    expect(now).toEqual([]);
    expect(now).toEqual(await s.viaTsc());
  });

  it("goes back to tsc when its server dies", async () => {
    const t = tempProject({
      "triggers/a.ts": trigger("A", 'debug("a");'),
      "triggers/b.ts": trigger("B", 'debug("b");'),
    });
    const s = withSession(t);
    await s.viaSession();
    expect(await s.session.opened()).toBe(true);
    const [server] = apiServersIn(t.root);
    process.kill(server!, "SIGKILL");
    // Until this process has reaped it, nothing here can know it is gone.
    await expect.poll(() => existsSync(`/proc/${server}`), { timeout: 5000 }).toBe(false);
    t.write("triggers/a.ts", trigger("A", 'const n: number = "x";\ndebug(String(n));'));
    const after = await s.viaSession();
    expect(after.map((d) => d.split(" ").slice(0, 2).join(" "))).toEqual(["EH300 triggers/a.ts:2:7"]);
    expect(after).toEqual(await s.viaTsc());
    expect(s.session.answered).toBe(0);
    // And stays with tsc: no server is started again.
    t.write("triggers/b.ts", trigger("B", 'debug("b2");'));
    expect(await s.viaSession()).toEqual(await s.viaTsc());
    expect(apiServersIn(t.root)).toEqual([]);
  });

  it("ends its server when closed", async () => {
    const t = tempProject({ "triggers/a.ts": trigger("A", 'debug("a");') });
    const s = withSession(t);
    await s.viaSession();
    expect(await s.session.opened()).toBe(true);
    expect(apiServersIn(t.root)).toHaveLength(1);
    await s.session.close();
    await expect.poll(() => apiServersIn(t.root), { timeout: 5000 }).toEqual([]);
  });
});

describe("the session and the declarations a tsc check keeps", () => {
  it("leaves no declarations behind for the modules it checked, which a later tsc check would misjudge by", async () => {
    const math = (type: string, body: string) => `export function twice(n: number): ${type} { ${body} }\n`;
    const t = tempProject({
      "triggers/lib/math.ts": math("number", "return n * 2;"),
      "triggers/a.ts": trigger(
        "A",
        'import { twice } from "./lib/math";\nconst n: number = twice(1);\ndebug(String(n));',
      ),
    });
    // One cache, as watch mode keeps it; each build checks through the session or through tsc.
    const cache = new BuildCache(t.root);
    const session = new TypecheckSession();
    onTestFinished(() => session.close());
    const problems = async (via: "session" | "tsc") =>
      (
        await buildProject(t.project, { cache, write: false, ...(via === "session" ? { session } : {}) })
      ).diagnostics.map((d) => `${d.code} ${d.location?.file}`);
    expect(await problems("session")).toEqual([]);
    expect(await session.opened()).toBe(true);
    // A tsc check keeps math.ts's declarations: twice(n: number): number.
    t.write("triggers/lib/math.ts", math("number", "return n + n;"));
    expect(await problems("tsc")).toEqual([]);
    // The session checks an edit that changes them; a.ts now has a problem.
    t.write("triggers/lib/math.ts", math("string", "return String(n);"));
    expect(await problems("session")).toEqual(["EH300 triggers/a.ts"]);
    // (math.ts, then a.ts, which its new declarations concern)
    expect(session.answered).toBe(2);
    // Back to the first declarations, checked by tsc: a.ts's problem is gone.
    t.write("triggers/lib/math.ts", math("number", "return n * 3;"));
    expect(await problems("tsc")).toEqual([]);
  });
});
