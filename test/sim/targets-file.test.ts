/** `ehtrig sim --targets FILE`: the ODS targets file, checked before the simulator starts. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/cli.ts";
import { memoryIo } from "../../scripts/io.ts";
import { loadTargetsFile } from "../../scripts/sim/runtime/targets.ts";

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function dir(): string {
  const d = mkdtempSync(join(tmpdir(), "ehtrig-targets-"));
  dirs.push(d);
  return d;
}

const codes = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    return (err as { diagnostics: Array<{ code: string; message: string }> }).diagnostics.map((d) => d.code);
  }
  return [];
};

describe("ODS targets file", () => {
  it("reads a list, or { targets: [...] }", () => {
    const d = dir();
    const list = [
      {
        name: "t",
        type: "http",
        host: "127.0.0.1",
        port: 8080,
        protocol: "https",
        skip_cert_verification: true,
      },
    ];
    writeFileSync(join(d, "a.json"), JSON.stringify(list));
    writeFileSync(join(d, "b.json"), JSON.stringify({ targets: list }));
    expect(loadTargetsFile(join(d, "a.json"))).toEqual(list);
    expect(loadTargetsFile(join(d, "b.json"))).toEqual(list);
  });

  it("names the file and every problem: unreadable, not JSON, invalid fields, repeated names", () => {
    const d = dir();
    writeFileSync(join(d, "bad.json"), "[{ nope");
    writeFileSync(
      join(d, "fields.json"),
      JSON.stringify([
        { name: "t", type: "http", host: "h" },
        {
          name: "u",
          type: "http",
          host: "h",
          port: 1,
          protocol: "http",
          authentication: { auth_type: "aws" },
        },
        { name: "u", type: "raw" },
      ]),
    );
    expect(codes(() => loadTargetsFile(join(d, "missing.json")))).toEqual(["EH800"]);
    expect(codes(() => loadTargetsFile(join(d, "bad.json")))).toEqual(["EH800"]);
    expect(codes(() => loadTargetsFile(join(d, "fields.json")))).toEqual([
      "EH801",
      "EH801",
      "EH801",
      "EH802",
    ]);
    let message = "";
    try {
      loadTargetsFile(join(d, "fields.json"));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain(join(d, "fields.json"));
    expect(message).toMatch(/\[0\]: .*port/);
  });

  it("ehtrig sim refuses a bad targets file with exit 1, before it starts", async () => {
    const d = dir();
    writeFileSync(join(d, "targets.json"), JSON.stringify([{ name: "x", type: "http" }]));
    const io = memoryIo(d);
    const code = await main(["sim", "--port", "0", "--dir", "sim", "--targets", "targets.json"], io);
    expect(code).toBe(1);
    expect(io.stderr.join("\n")).toMatch(/EH801/);
    expect(io.stdout.join("\n")).not.toMatch(/simulated appliance on/);
  });
});
