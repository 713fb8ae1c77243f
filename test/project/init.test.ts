/** `ehtrig init` and the files it and `ehtrig new` write. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import {
  configTemplate,
  testTemplate,
  triggerTemplate,
  TSCONFIG,
  VITEST_CONFIG,
} from "../../scripts/project/templates.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function emptyDir(): string {
  const d = mkdtempSync(join(tmpdir(), "ehtrig-init-"));
  dirs.push(d);
  return d;
}

async function init(root: string, ...args: string[]) {
  const io = memoryIo(root);
  const code = await main(["init", ...args], io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

function files(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true }))
    if (e.isFile())
      out[join(e.parentPath, e.name).slice(root.length + 1)] = readFileSync(
        join(e.parentPath, e.name),
        "utf8",
      );
  return out;
}

describe("ehtrig init", () => {
  it("sets up an empty folder: config with $schema, tsconfig, vitest preset, scripts, .gitignore, a starter", async () => {
    const root = emptyDir();
    const r = await init(root);
    expect(r.code, r.err).toBe(0);
    const written = files(root);
    expect(Object.keys(written).sort()).toEqual([
      ".gitignore",
      "ehtrig.config.json",
      "package.json",
      "test/triggers/new-detections.test.ts",
      "triggers/new-detections.ts",
      "tsconfig.json",
      "vitest.config.mts",
    ]);
    expect(JSON.parse(written["ehtrig.config.json"]!).$schema).toBe(
      "./node_modules/ehtrig/build/project/config.schema.json",
    );
    expect(JSON.parse(written["tsconfig.json"]!.replace(/^\s*\/\/.*$/gm, ""))).toEqual({
      extends: "ehtrig/tsconfig.json",
      include: ["triggers"],
    });
    expect(written["vitest.config.mts"]).toContain('import { ehtrig } from "ehtrig/vitest"');
    expect(JSON.parse(written["package.json"]!).scripts).toEqual({
      build: "ehtrig build",
      test: "ehtrig test",
    });
    expect(written[".gitignore"]).toBe("dist/\n.ehtrig-cache/\n");
    expect(r.out).toMatch(/next: npm install --save-dev ehtrig vitest/);
  });

  it("in an existing repository: keeps the user's scripts and files, replaces npm's placeholder test, appends to .gitignore", async () => {
    const root = emptyDir();
    const pkg = {
      name: "soc-triggers",
      version: "2.0.0",
      scripts: { build: "tsc -b", test: 'echo "Error: no test specified" && exit 1', lint: "eslint ." },
    };
    writeFileSync(join(root, "package.json"), JSON.stringify(pkg, null, 4) + "\n");
    writeFileSync(join(root, ".gitignore"), "node_modules\ndist");
    writeFileSync(join(root, "tsconfig.json"), "{}\n");
    const r = await init(root);
    expect(r.code, r.err).toBe(0);
    const after = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(after.scripts).toEqual({ build: "tsc -b", test: "ehtrig test", lint: "eslint ." });
    expect(readFileSync(join(root, "package.json"), "utf8")).toMatch(/^ {4}"name"/m); // its indentation kept
    expect(readFileSync(join(root, ".gitignore"), "utf8")).toBe("node_modules\ndist\n.ehtrig-cache/\n");
    expect(readFileSync(join(root, "tsconfig.json"), "utf8")).toBe("{}\n");
    expect(JSON.parse(readFileSync(join(root, "ehtrig.config.json"), "utf8")).author).toBe("soc-triggers");
    expect(r.out).toMatch(/^skipped\s+tsconfig\.json\s+\(exists/m);
    expect(r.out).toMatch(/kept "build" \(has "tsc -b"/);
  });

  it("a second run writes nothing and says so; --json lists every step", async () => {
    const root = emptyDir();
    await init(root);
    const before = files(root);
    const r = await init(root, "--json");
    expect(r.code).toBe(0);
    const steps = JSON.parse(r.out).steps as { path: string; action: string }[];
    expect(steps.every((s) => s.action === "skipped")).toBe(true);
    expect(files(root)).toEqual(before);
  });

  it("an unreadable package.json stops it before anything is written (EH110, exit 1)", async () => {
    const root = emptyDir();
    writeFileSync(join(root, "package.json"), '{ "name": "x", }');
    const r = await init(root);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/package\.json:1:1 error EH110/);
    expect(Object.keys(files(root))).toEqual(["package.json"]);
  });

  it("points at an existing vitest config instead of replacing it", async () => {
    const root = emptyDir();
    mkdirSync(join(root, "triggers"));
    writeFileSync(join(root, "vitest.config.ts"), "export default {};\n");
    const r = await init(root);
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, "vitest.config.ts"), "utf8")).toBe("export default {};\n");
    expect(r.out).toMatch(/skipped\s+vitest\.config\.ts\s+\(exists; add `plugins: \[ehtrig\(\)\]`/);
  });
});

describe("generated files", () => {
  it("are formatted as prettier formats them", async () => {
    const samples: [string, string][] = [
      ["t.ts", triggerTemplate("http-watch", ["HTTP_RESPONSE", "HTTP_REQUEST"])],
      ["t.test.ts", testTemplate("http-watch", ["HTTP_RESPONSE"])],
      ["d.test.ts", testTemplate("new-detections", ["DETECTION_UPDATE"])],
      ["tsconfig.json", TSCONFIG],
      ["vitest.config.mts", VITEST_CONFIG],
      ["ehtrig.config.json", configTemplate("soc")],
    ];
    for (const [file, text] of samples) {
      const options = (await prettier.resolveConfig(join(process.cwd(), file))) ?? {};
      expect(await prettier.format(text, { ...options, filepath: file }), file).toBe(text);
    }
  });

  it("scaffolded tests import the harness from ehtrig/testing only", () => {
    for (const event of ["DETECTION_UPDATE", "HTTP_RESPONSE"]) {
      const imports = testTemplate("x", [event]).match(/from "[^"]+"/g);
      expect(imports).toEqual(['from "vitest"', 'from "ehtrig/testing"']);
    }
  });
});
