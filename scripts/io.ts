/**
 * Where a command writes. Commands never touch process.stdout or process.exit directly, so the
 * tests can run the CLI in-process and capture what it printed.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /**
   * Like out and err, for text whose escape sequences are ehtrig's own styling (its values are
   * escaped already, see scripts/terminal.ts): coloured diagnostics and build lines. Absent: out, err.
   */
  outStyled?(text: string): void;
  errStyled?(text: string): void;
  /** True when stdout is a terminal (colours, progress bars). */
  isTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** An Io that records everything, for tests. */
export function memoryIo(
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => void stdout.push(t),
    err: (t) => void stderr.push(t),
    isTTY: false,
    cwd,
    env,
  };
}
