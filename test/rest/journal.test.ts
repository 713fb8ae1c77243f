import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EhtrigError } from "../../build/diagnostics.ts";
import { Journal, journalLine, stateHash } from "../../scripts/tickets/journal.ts";

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "ehtrig-journal-"));
  dirs.push(dir);
  return join(dir, "tickets-journal.jsonl");
}

const entry = (detection: number, state = "s1", origin = "https://a") => ({ origin, detection, state });
const AT = "2026-01-01T00:00:00.000Z";

describe("sync journal", () => {
  it("identifies a state by its fields, not their order", () => {
    const a = stateHash({ status: "closed", assignee: "x" });
    expect(stateHash({ assignee: "x", status: "closed" })).toBe(a);
    expect(stateHash({ assignee: "x", status: "new" })).not.toBe(a);
    expect(stateHash({ assignee: "x", status: "closed", resolution: null })).not.toBe(a);
  });

  it("keys confirmations by appliance and detection; the last state confirmed wins", async () => {
    const file = tempFile();
    const j = await Journal.open(file);
    await Promise.all(Array.from({ length: 50 }, (_, i) => j.confirm(entry(i + 1))));
    await j.confirm(entry(7, "s2"));
    await j.close();
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(51);
    const again = await Journal.open(file);
    expect(again.size).toBe(50);
    expect(again.has(entry(49))).toBe(true);
    expect(again.has(entry(7))).toBe(false);
    expect(again.has(entry(7, "s2"))).toBe(true);
    expect(again.has(entry(49, "s1", "https://b"))).toBe(false);
    await again.close();
  });

  it("cuts off a torn last line and keeps appending on a fresh line", async () => {
    const file = tempFile();
    writeFileSync(file, journalLine(entry(1), AT) + journalLine(entry(2), AT).slice(0, 40));
    const j = await Journal.open(file);
    expect([j.has(entry(1)), j.has(entry(2))]).toEqual([true, false]);
    await j.confirm(entry(2));
    await j.close();
    const reread = await Journal.open(file);
    expect([reread.has(entry(1)), reread.has(entry(2))]).toEqual([true, true]);
    await reread.close();
  });

  it("refuses a journal damaged before its last line, including a line whose checksum does not match", async () => {
    const file = tempFile();
    writeFileSync(file, "garbage\n");
    appendFileSync(file, journalLine(entry(1), AT));
    await expect(Journal.open(file)).rejects.toThrow(/EH734/);
    const edited = tempFile();
    writeFileSync(edited, journalLine(entry(1), AT).replace('"detection":1', '"detection":2'));
    appendFileSync(edited, journalLine(entry(3), AT));
    await expect(Journal.open(edited)).rejects.toThrow(/EH734.*line 1 is damaged/);
  });

  it("names the journal and the reason when it cannot be opened (not an internal error)", async () => {
    const dir = join(tempFile(), "..");
    const err = await Journal.open(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EhtrigError);
    const d = (err as EhtrigError).diagnostics[0];
    expect(d.code).toBe("EH734");
    expect(d.message).toContain(`the journal ${dir} is not a regular file`);
    const dev = await Journal.open("/dev/full").catch((e: unknown) => e);
    expect((dev as EhtrigError).diagnostics[0].message).toContain("/dev/full is not a regular file");
  });
});
