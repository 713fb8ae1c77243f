/**
 * Each trigger's debug log on the simulated appliance: what the trigger wrote with log() and
 * debug() (repeats within 30 s left out, as the UI does), its uncaught exceptions with the script
 * position, and the delivery problems of its Open Data Stream requests. Kept in memory, newest
 * last, at most LOG_LIMIT entries per trigger.
 */

const LOG_LIMIT = 1000;

export interface TriggerLogEntry {
  /** Wall time, ms since the epoch. */
  time: number;
  /** The event the trigger was running, or whose request failed. */
  event: string;
  /** log/debug: the trigger's own line; error: an uncaught exception; ods: a delivery problem. */
  kind: "log" | "debug" | "error" | "ods";
  /** The line as the debug log shows it. */
  message: string;
  /** Exceptions: the thrown error and where in the deployed script (1-based line and column). */
  error?: { name: string; message: string; timedOut: boolean };
  script?: { line: number; column: number };
}

export class TriggerLogs {
  readonly #logs = new Map<number, TriggerLogEntry[]>();

  add(triggerId: number, entry: TriggerLogEntry): void {
    let log = this.#logs.get(triggerId);
    if (!log) this.#logs.set(triggerId, (log = []));
    log.push(entry);
    if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
  }

  of(triggerId: number): TriggerLogEntry[] {
    return [...(this.#logs.get(triggerId) ?? [])];
  }

  /** Deleted triggers' logs go with them: keeps only the logs of these triggers. */
  retain(triggerIds: ReadonlySet<number>): void {
    for (const id of this.#logs.keys()) if (!triggerIds.has(id)) this.#logs.delete(id);
  }
}

/** "TypeError: x is undefined (line 42:7)": an exception as the log line shows it. */
export function exceptionLine(
  error: { name: string; message: string; timedOut: boolean },
  script: { line: number; column: number } | undefined,
): string {
  const what = error.timedOut
    ? `the trigger ran out of time: ${error.message}`
    : `${error.name}: ${error.message}`;
  return script ? `${what} (line ${script.line}:${script.column})` : what;
}
