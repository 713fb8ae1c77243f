/** Bad input to tickets sync (issue 9, items 12 and 13): a clear error with its place, never a crash. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readRowFile } from "../../scripts/tickets/read-rows.ts";
import { validateRows } from "../../scripts/tickets/validate-rows.ts";
import { fixture, writeFile, type Fixture } from "./helpers.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture({ seed: { detections: 5 } });
});
afterEach(() => f.done());

const rowsOf = (name: string) => validateRows(readRowFile(join(f.dir, name), name).rows, name);

describe("tickets sync input that is not a row file", () => {
  it("item 12: refuses a device as input and as journal, before reading it", async () => {
    const zero = await f.cli(["tickets", "sync", "/dev/zero", "--dry-run"]);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toContain("EH730");
    expect(zero.stderr).toContain("/dev/zero: is not a regular file");
    writeFile(f.dir, "rows.csv", "detection_id,status\n1,closed\n");
    const full = await f.cli(["tickets", "sync", "rows.csv", ...f.target, "--journal", "/dev/full"]);
    expect(full.code).toBe(1);
    expect(full.stderr).toContain("EH734");
    expect(full.stderr).toContain("/dev/full is not a regular file");
    expect(f.sim.requests.filter((q) => q.method === "PATCH")).toEqual([]);
  });

  it("item 12: refuses an input over the documented size", async () => {
    const big = join(f.dir, "big.csv");
    writeFileSync(big, "detection_id,status\n");
    // A sparse file: the size is checked before anything is read.
    const { truncateSync } = await import("node:fs");
    truncateSync(big, 129 * 1024 * 1024);
    const r = await f.cli(["tickets", "sync", "big.csv", "--dry-run"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("more than the 128 MiB");
  });
});

describe("tickets sync cells", () => {
  it("item 13: invalid UTF-8 in a CSV cell is refused with its line and column", async () => {
    writeFileSync(
      join(f.dir, "latin1.csv"),
      Buffer.concat([
        Buffer.from("detection_id,status,assignee\n1,closed,ok\n2,closed,Ren"),
        Buffer.from([0xe9]),
        Buffer.from("e\n"),
      ]),
    );
    const r = await f.cli(["tickets", "sync", "latin1.csv", "--dry-run"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("latin1.csv:3:13");
    expect(r.stderr).toContain("line 3 (column 3) is not valid UTF-8 (byte 0xe9 at column 13)");
    expect(r.stdout).not.toContain("\uFFFD");
  });

  it("item 13: a byte order mark is accepted in .json and .jsonl as in .csv", () => {
    writeFile(f.dir, "bom.json", '\uFEFF[{"detection_id": 1, "status": "closed"}]');
    writeFile(f.dir, "bom.jsonl", '\uFEFF{"detection_id": 1, "status": "closed"}\n');
    for (const name of ["bom.json", "bom.jsonl"]) {
      const { updates, problems } = rowsOf(name);
      expect(problems).toEqual([]);
      expect(updates.map((u) => u.detectionId)).toEqual([1]);
    }
  });

  it("item 13: detection ids must be whole numbers, ticket ids keep every digit", () => {
    writeFile(
      f.dir,
      "ids.jsonl",
      [
        '{"detection_id": [5], "status": "closed"}',
        '{"detection_id": {"id": 5}, "status": "closed"}',
        '{"detection_id": 2, "ticket_id": 9007199254740993, "status": "new"}',
        '{"detection_id": 3, "assignee": "\\"ticket_id\\": 12", "ticket_id": "T-3"}',
      ].join("\n"),
    );
    const { updates, problems } = rowsOf("ids.jsonl");
    expect(problems.map((p) => p.message)).toEqual([
      "row 1: detection_id must be a whole number, got [5]",
      'row 2: detection_id must be a whole number, got {"id":5}',
    ]);
    expect(updates.map((u) => u.body)).toEqual([
      { ticket_id: "9007199254740993", status: "new" },
      { ticket_id: "T-3", assignee: '"ticket_id": 12' },
    ]);
    writeFile(f.dir, "ids.json", '[{"detection_id": 2, "ticket_id": 12345678901234567890}]');
    expect(rowsOf("ids.json").updates[0].body).toEqual({ ticket_id: "12345678901234567890" });
  });

  it("item 13: a UI label that implies a resolution contradicts resolution null", () => {
    writeFile(
      f.dir,
      "res.jsonl",
      '{"detection_id": 1, "status": "Closed with Action Taken", "resolution": null}\n',
    );
    const { problems } = rowsOf("res.jsonl");
    expect(problems.map((p) => p.message)).toEqual([
      'row 1: status "Closed with Action Taken" means resolution action_taken, but resolution is null',
    ]);
  });
});
