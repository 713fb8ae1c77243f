/** What the commands that serve until Ctrl-C share: the port option, and waiting for the signal. */
import { diagnostic, EhtrigError } from "../../build/diagnostics.ts";

/** `--port` as a number, or a usage error (EH602) when it is no port. 0 picks a free one. */
export function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new EhtrigError([diagnostic("EH602", `--port ${text} is out of range (0–65535)`)], 2);
  return port;
}

/** Resolves at the first SIGINT (Ctrl-C) or SIGTERM. */
export function untilInterrupted(): Promise<void> {
  return new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
}
