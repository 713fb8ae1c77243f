/**
 * A long-running `ehtrig` command (sim, ticket-server start) as a real child process: started,
 * its output collected, and resolved once it printed what says it is serving.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./project.ts";

export const BIN = join(REPO, "bin", "ehtrig.js");

export interface ServerProcess {
  child: ChildProcess;
  /** stdout as printed so far (at the time `started` resolved: what made it resolve). */
  stdout: () => string;
  /** The exit code, once it stops. */
  exited: Promise<number | null>;
}

/**
 * Runs `command` (a shell line, or ehtrig's arguments) in `cwd` and waits until its output
 * satisfies `ready`; rejects with everything printed if that takes more than 30 s.
 */
export async function startServerProcess(
  command: string | string[],
  cwd: string,
  ready: (stdout: string) => boolean,
): Promise<ServerProcess> {
  const child =
    typeof command === "string"
      ? spawn("bash", ["-c", `exec ${command}`], { cwd, stdio: ["ignore", "pipe", "pipe"] })
      : spawn(process.execPath, [BIN, ...command], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started in 30 s:\n${stdout}${stderr}`)), 30_000);
    const look = () => {
      if (!ready(stdout)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout!.on("data", (c) => {
      stdout += c;
      look();
    });
    child.stderr!.on("data", (c) => (stderr += c));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before it started:\n${stdout}${stderr}`));
    });
  });
  return { child, stdout: () => stdout, exited };
}

/** Stops the process (SIGINT, as Ctrl-C) and waits until it is gone. */
export async function stopServerProcess(p: ServerProcess): Promise<void> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGINT");
  await p.exited;
}

/**
 * TypeScript API servers (`tsc --api`, build/typecheck/session.ts) running for a project,
 * whoever their parent is now. A process that has exited but is not yet reaped has no command
 * line, so it does not count.
 */
export function apiServersIn(root: string): number[] {
  const out: number[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (args.includes("--api") && args[args.indexOf("--cwd") + 1] === root) out.push(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}
