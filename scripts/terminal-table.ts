/** cli-table3 borders without a line between rows: a compact table that still reads as one. */
export const NO_ROW_LINES = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } as const;
