/** Tables for the terminal (cli-table3): compact, no line between rows, no colours of its own. */
import Table from "cli-table3";

export function compactTable(head: string[]): Table.Table {
  return new Table({
    head,
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
}
