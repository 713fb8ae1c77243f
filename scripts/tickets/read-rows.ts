/**
 * Reads a ticket sync input file into raw rows, each with its 1-based row number and the line it
 * starts on. Accepted: CSV with a header line, a JSON array of objects, or JSON Lines (one object
 * per line). The format comes from the extension (.csv, .json, .jsonl/.ndjson) or, failing that,
 * from the first character. Nothing is interpreted here; validate-rows.ts does that.
 */
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";
import { MAX_INPUT_BYTES, readText, type TextProblem } from "./read-text.ts";
import { ROW_FIELDS } from "./validate-rows.ts";

export type InputFormat = "csv" | "json" | "jsonl";

export interface RawRow {
  /** 1-based position among the data rows (the CSV header is not a row). */
  row: number;
  /** 1-based line of the file where the row starts. */
  line: number;
  /** The fields as given; CSV values are strings, JSON values keep their type. */
  fields: Record<string, unknown>;
  /** Problems found while splitting the file (wrong column count, not an object). */
  problems: string[];
}

export interface RowFile {
  format: InputFormat;
  rows: RawRow[];
}

export function detectFormat(file: string, text: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".json") return "json";
  const first = text.trimStart()[0];
  return first === "[" ? "json" : first === "{" ? "jsonl" : "csv";
}

export function readRowFile(file: string, displayName = file): RowFile {
  const read = readText(file);
  if ("problem" in read) refuse(read.problem, file, displayName);
  const text = read.text;
  const format = detectFormat(file, text);
  const rows =
    format === "csv"
      ? csvRows(text, displayName)
      : format === "json"
        ? jsonRows(text, displayName)
        : jsonlRows(text, displayName);
  // An empty export is far more likely a failed export than "nothing to do".
  if (!rows.length) fail(displayName, "has no data rows");
  return { format, rows };
}

function refuse(problem: TextProblem, path: string, file: string): never {
  switch (problem.kind) {
    case "unreadable":
      throw new EhtrigError([diagnostic("EH730", `cannot read ${file} (${problem.code})`)]);
    case "not-a-file":
      fail(file, "is not a regular file (a device, a pipe or a folder); give an exported row file");
    case "too-large":
      fail(
        file,
        `is ${(problem.size / 1024 / 1024).toFixed(0)} MiB, more than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB a sync reads at once; split it into several files`,
      );
    case "not-utf8": {
      // In a plain CSV line, the commas before the byte say which column it is in.
      const cell =
        extname(path).toLowerCase() === ".csv" && !problem.linePrefix.includes('"')
          ? ` (column ${problem.linePrefix.split(",").length})`
          : "";
      fail(
        file,
        `line ${problem.line}${cell} is not valid UTF-8 (byte 0x${problem.byte.toString(16).padStart(2, "0")} at column ${problem.column}); save the export as UTF-8`,
        problem.line,
        problem.column,
      );
    }
  }
}

function fail(file: string, message: string, line = 1, column = 1): never {
  throw new EhtrigError([diagnostic("EH730", `${file}: ${message}`, { location: { file, line, column } })]);
}

/** "detectionId", "Ticket ID" and "ticket-id" all mean a row field; compare without case or separators. */
function loose(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * A misspelt column is one problem of the file, not of each of its rows: reported once, at the
 * header, with the field it probably means.
 */
function checkHeader(header: string[], file: string): void {
  const unknown = header.filter((h) => !(ROW_FIELDS as readonly string[]).includes(h));
  if (!unknown.length) return;
  const described = unknown.map((h) => {
    const meant = ROW_FIELDS.find((f) => loose(f) === loose(h));
    return meant ? `"${h}" (did you mean ${meant}?)` : `"${h}"`;
  });
  fail(
    file,
    `unknown column(s) ${described.join(", ")} in the header; the columns are ${ROW_FIELDS.join(", ")}`,
  );
}

/** Line and column of a JSON.parse error, from the "at position N" in its message. */
function jsonErrorPlace(text: string, message: string): { line: number; column: number } {
  const at = /position (\d+)/.exec(message);
  const upTo = at ? text.slice(0, Number(at[1])) : text.trimEnd();
  const lines = upTo.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

type CsvRecord = { record: string[]; info: { lines: number } };

/**
 * Without a quote character, CSV is lines split at commas: a much faster path for the large plain
 * exports a sync usually reads. Anything quoted goes through csv-parse.
 */
function plainCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    records.push({ record: lines[i].split(",").map((cell) => cell.trim()), info: { lines: i + 1 } });
  }
  return records;
}

function csvRows(text: string, file: string): RawRow[] {
  let records: CsvRecord[];
  if (!text.includes('"')) records = plainCsv(text);
  else
    try {
      records = parse(text, {
        bom: true,
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
        info: true,
      }) as unknown as CsvRecord[];
    } catch (err) {
      const e = err as Error & { lines?: number };
      fail(file, `not valid CSV: ${e.message}`, e.lines);
    }
  if (!records.length) fail(file, "no header line");
  const header = records[0].record;
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup !== undefined) fail(file, `column "${dup}" appears twice in the header`);
  checkHeader(header, file);
  return records.slice(1).map(({ record, info }, i) => {
    const fields: Record<string, unknown> = {};
    header.forEach((name, col) => {
      // An empty cell means "not given": the field is left out of the update.
      if (record[col] !== undefined && record[col] !== "") fields[name] = record[col];
    });
    const problems =
      record.length === header.length
        ? []
        : [`has ${record.length} columns, the header has ${header.length}`];
    return { row: i + 1, line: info.lines, fields, problems };
  });
}

function asRow(value: unknown, row: number, line: number): RawRow {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { row, line, fields: {}, problems: ["is not a JSON object"] };
  }
  return { row, line, fields: value as Record<string, unknown>, problems: [] };
}

/**
 * JSON numbers lose digits past 2^53 ("ticket_id": 9007199254740993 reads as …992); a ticket id is
 * an identifier, so a number given as one is taken as the text it was written as.
 */
export function ticketIdsAsText(json: string): string {
  let out = "";
  let key = "";
  let afterTicketKey = false;
  for (let i = 0; i < json.length;) {
    const ch = json[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < json.length && json[j] !== '"') j += json[j] === "\\" ? 2 : 1;
      key = json.slice(i, j + 1);
      out += key;
      i = j + 1;
      afterTicketKey = false;
      continue;
    }
    if (ch === ":") afterTicketKey = key === '"ticket_id"';
    else if (afterTicketKey && /[-0-9]/.test(ch)) {
      let j = i;
      while (j < json.length && /[-+0-9.eE]/.test(json[j])) j++;
      out += `"${json.slice(i, j)}"`;
      i = j;
      afterTicketKey = false;
      continue;
    } else if (!/\s/.test(ch)) afterTicketKey = false;
    out += ch;
    i++;
  }
  return out;
}

function jsonRows(text: string, file: string): RawRow[] {
  let data: unknown;
  try {
    data = JSON.parse(ticketIdsAsText(text));
  } catch (err) {
    const { line, column } = jsonErrorPlace(text, (err as Error).message);
    fail(file, `not valid JSON: ${(err as Error).message}`, line, column);
  }
  if (!Array.isArray(data)) fail(file, "a .json input must be an array of row objects");
  // Lines of array elements are not tracked by JSON.parse; each object's opening brace is found instead.
  const starts = objectStartLines(text);
  return data.map((v, i) => asRow(v, i + 1, starts[i] ?? 1));
}

function objectStartLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/\s/.test(ch) && ch !== "]") {
      lines.push(line);
      expectValue = false;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expectValue = true;
  }
  return lines;
}

function jsonlRows(text: string, file: string): RawRow[] {
  const rows: RawRow[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((l, i) => {
    if (l.trim() === "") return;
    const row = rows.length + 1;
    try {
      rows.push(asRow(JSON.parse(ticketIdsAsText(l)), row, i + 1));
    } catch (err) {
      rows.push({ row, line: i + 1, fields: {}, problems: [`is not valid JSON: ${(err as Error).message}`] });
    }
  });
  return rows;
}
