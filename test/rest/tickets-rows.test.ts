import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import { readRowFile } from "../../scripts/tickets/read-rows.ts";
import { validateRows } from "../../scripts/tickets/validate-rows.ts";
import { fixture, writeFile, type Fixture } from "./helpers.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.done());

function updatesOf(name: string, text: string) {
  const file = writeFile(f.dir, name, text);
  return validateRows(readRowFile(file, name).rows, name);
}

/** The diagnostics a call throws (none when it does not throw an EhtrigError). */
function captured(run: () => unknown): Diagnostic[] {
  try {
    run();
  } catch (err) {
    if (err instanceof EhtrigError) return err.diagnostics;
    throw err;
  }
  return [];
}

describe("ticket sync input", () => {
  it("reads CSV, JSON and JSON Lines into the same requests", () => {
    const csv = updatesOf(
      "a.csv",
      "detection_id,ticket_id,status,assignee,resolution\n7,TK-7,in_progress,sally,\n",
    );
    const json = updatesOf(
      "a.json",
      '[{"detection_id": 7, "ticket_id": "TK-7", "status": "in_progress", "assignee": "sally"}]',
    );
    const jsonl = updatesOf(
      "a.jsonl",
      '{"detection_id": "7", "ticket_id": "TK-7", "status": "In Progress", "assignee": "sally"}\n',
    );
    for (const r of [csv, json, jsonl]) {
      expect(r.problems).toEqual([]);
      expect(r.updates.map((u) => [u.path, u.body])).toEqual([
        ["/detections/7", { ticket_id: "TK-7", assignee: "sally", status: "in_progress" }],
      ]);
    }
  });

  it("reads plain and quoted CSV alike (fast path and csv-parse)", () => {
    const rows =
      "\uFEFFdetection_id, ticket_id ,status\r\n\r\n1,TK-1, closed \r\n2,,new\r\n  \r\n3,TK-3,in_progress\r\n";
    const plain = updatesOf("plain.csv", rows);
    const quoted = updatesOf("quoted.csv", rows.replace("TK-3", '"TK-3"'));
    expect(plain.problems).toEqual([]);
    expect(quoted).toEqual(plain);
    expect(plain.updates.map((u) => [u.row, u.line, u.body])).toEqual([
      [1, 3, { ticket_id: "TK-1", status: "closed" }],
      [2, 4, { status: "new" }],
      [3, 6, { ticket_id: "TK-3", status: "in_progress" }],
    ]);
  });

  it("maps UI labels to status and resolution, and sends only the given fields", () => {
    const { updates, problems } = updatesOf(
      "labels.csv",
      [
        "detection_id,status,resolution",
        "1,Closed with Action Taken,",
        "2,closed with no action taken,",
        "3,Acknowledged,",
        "4,closed,No Action Taken",
        "5,new,",
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(updates.map((u) => u.body)).toEqual([
      { status: "closed", resolution: "action_taken" },
      { status: "closed", resolution: "no_action_taken" },
      { status: "acknowledged" },
      { status: "closed", resolution: "no_action_taken" },
      { status: "new" },
    ]);
  });

  it("sends rows with a ticket but no detection id to /detections/tickets", () => {
    const { updates } = updatesOf(
      "t.jsonl",
      '{"ticket_id": "TK-1", "status": "closed", "resolution": "action_taken"}\n',
    );
    expect(updates[0]).toMatchObject({
      path: "/detections/tickets",
      body: { ticket_id: "TK-1", status: "closed" },
    });
  });

  it("lists every invalid row with its row number and line", () => {
    const { problems, updates } = updatesOf(
      "bad.json",
      `[
  {"detection_id": 1, "status": "open"},
  {"detection_id": 2, "status": "closed"},
  {"detection_id": "x2", "status": "closed"},
  {"status": "closed"},
  {"detection_id": 5, "status": "in_progress", "resolution": "action_taken"},
  {"detection_id": 6, "asignee": "bob"},
  {"detection_id": 7},
  {"detection_id": 8, "status": "Closed with Action Taken", "resolution": "no_action_taken"},
  "row"
]`,
    );
    expect(updates.map((u) => u.row)).toEqual([2]);
    expect(problems.map((p) => [p.code, p.message.split(":")[0], p.location?.line])).toEqual([
      ["EH731", "row 1", 2],
      ["EH731", "row 3", 4],
      ["EH731", "row 4", 5],
      ["EH731", "row 5", 6],
      ["EH731", "row 6", 7],
      ["EH731", "row 7", 8],
      ["EH731", "row 8", 9],
      ["EH731", "row 9", 10],
    ]);
  });

  it("flags CSV rows whose column count differs from the header", () => {
    const { problems } = updatesOf("cols.csv", "detection_id,status\n1,closed,extra\n2,closed\n");
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^row 1: has 3 columns/);
  });

  it("reports unknown CSV columns once, at the header line, with the likely intended name", () => {
    const name = "cols.csv";
    const file = writeFile(f.dir, name, "detectionId,Ticket ID,status,team\n1,TK-1,closed,a\n2,TK-2,new,b\n");
    const problem = captured(() => readRowFile(file, name));
    expect(problem).toHaveLength(1);
    expect(problem[0]).toMatchObject({ code: "EH730", location: { file: name, line: 1 } });
    expect(problem[0].message).toContain('"detectionId" (did you mean detection_id?)');
    expect(problem[0].message).toContain('"Ticket ID" (did you mean ticket_id?)');
    expect(problem[0].message).toContain('"team"');
    expect(problem[0].message).toContain("detection_id, ticket_id, status, assignee, resolution");
  });

  it("refuses a file with no data rows (header only, [], blank JSON Lines)", () => {
    for (const [name, text] of [
      ["head.csv", "detection_id,status\n\n"],
      ["empty.json", "[ ]"],
      ["blank.jsonl", "\n  \n"],
    ]) {
      const file = writeFile(f.dir, name, text);
      const problem = captured(() => readRowFile(file, name));
      expect(problem.map((p) => [p.code, p.message])).toEqual([["EH730", `${name}: has no data rows`]]);
    }
  });

  it("places a JSON syntax error on its line and column", () => {
    const name = "broken.json";
    const file = writeFile(
      f.dir,
      name,
      '[\n  {"detection_id": 1, "status": "closed"},\n  {"detection_id": 2 "status": "new"}\n]\n',
    );
    const problem = captured(() => readRowFile(file, name));
    expect(problem[0]).toMatchObject({ code: "EH730", location: { file: name, line: 3, column: 22 } });
  });

  it("CLI: invalid rows → exit 1, all listed, nothing sent", async () => {
    writeFile(f.dir, "rows.csv", "detection_id,status\n1,closed\n2,bogus\n3,closed\nzz,closed\n");
    const r = await f.cli(["tickets", "sync", "rows.csv", ...f.target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("row 2:");
    expect(r.stderr).toContain("row 4:");
    expect(r.stderr).toContain("2 of 4 row(s) invalid; nothing was sent");
    expect(f.sim.requests).toEqual([]);
  });

  it("CLI: --dry-run prints the requests and sends nothing", async () => {
    writeFile(f.dir, "rows.csv", "detection_id,ticket_id,status\n1,TK-1,In Progress\n");
    const r = await f.cli(["tickets", "sync", "rows.csv", "--dry-run", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.requests[0]).toMatchObject({
      method: "PATCH",
      path: "/detections/1",
      body: { ticket_id: "TK-1", status: "in_progress" },
    });
    expect(f.sim.requests).toEqual([]);
  });
});
