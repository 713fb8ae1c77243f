import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EhtrigError } from "../../build/diagnostics.ts";
import { Journal, rowKey } from "../../scripts/tickets/journal.ts";

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "ehtrig-journal-"));
  dirs.push(dir);
  return join(dir, "rows.csv.journal.jsonl");
}

const entry = (key: string, row: number) => ({
  key,
  row,
  method: "PATCH",
  path: `/detections/${row}`,
  at: "2026-01-01T00:00:00.000Z",
});

describe("sync journal", () => {
  it("keys rows by appliance, position and content", () => {
    const a = rowKey("https://a", 1, "PATCH", "/detections/1", { status: "closed" });
    expect(rowKey("https://a", 1, "PATCH", "/detections/1", { status: "closed" })).toBe(a);
    expect(rowKey("https://b", 1, "PATCH", "/detections/1", { status: "closed" })).not.toBe(a);
    expect(rowKey("https://a", 2, "PATCH", "/detections/1", { status: "closed" })).not.toBe(a);
    expect(rowKey("https://a", 1, "PATCH", "/detections/1", { status: "new" })).not.toBe(a);
  });

  it("writes every confirmation concurrently and reads them back", async () => {
    const file = tempFile();
    const j = await Journal.open(file);
    await Promise.all(Array.from({ length: 50 }, (_, i) => j.confirm(entry(`k${i}`, i + 1))));
    await j.close();
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(50);
    const again = await Journal.open(file);
    expect(again.size).toBe(50);
    expect(again.has("k49")).toBe(true);
    await again.close();
  });

  it("ignores a torn last line and keeps appending on a fresh line", async () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify(entry("k1", 1)) + "\n" + '{"key":"k2","ro');
    const j = await Journal.open(file);
    expect([j.has("k1"), j.has("k2")]).toEqual([true, false]);
    await j.confirm(entry("k2", 2));
    await j.close();
    const reread = await Journal.open(file);
    expect([reread.has("k1"), reread.has("k2")]).toEqual([true, true]);
    await reread.close();
  });

  it("refuses a journal damaged before its last line", async () => {
    const file = tempFile();
    writeFileSync(file, "garbage\n");
    appendFileSync(file, JSON.stringify(entry("k1", 1)) + "\n");
    await expect(Journal.open(file)).rejects.toThrow(/EH734/);
  });

  it("names the journal and the reason when it cannot be opened (not an internal error)", async () => {
    const dir = join(tempFile(), "..");
    const err = await Journal.open(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EhtrigError);
    const d = (err as EhtrigError).diagnostics[0];
    expect(d.code).toBe("EH734");
    expect(d.message).toContain(`cannot open the journal ${dir}`);
    expect(d.message).toContain("EISDIR");
    expect(d.hint).toContain("--journal");
  });
});
