/**
 * A type-checker that stays up between builds, for watch mode: TypeScript 7's API server (one
 * `tsc --api` process) keeps the project's parsed files, so a rebuild after an edit re-parses the
 * edited files only and checks the files the edit affects. Measured on the benchmark's project:
 * one trigger re-checked in 15 ms, against 70 ms for a tsc process, which reads and binds every
 * engine declaration first.
 *
 * It is an optimisation, never a source of truth: it answers only when the answer is the one a
 * tsc process would give — the project opened is the generated tsconfig of the last full check,
 * and no file it checks has a syntax error (tsc then checks the others apart: project.ts) — and
 * says "ask tsc" (undefined) otherwise, or when anything about the server fails. A server that
 * dies is noticed (its process exits, its pipes close) and tsc checks from then on; only a request
 * written in the instant between the death and Node noticing it can still fail loudly, inside
 * TypeScript's vendored RPC library (vscode-jsonrpc rejects from an async promise executor, where
 * no caller can catch it). The API is
 * TypeScript's "unstable" one: with a TypeScript version it was not tested against (TESTED), the
 * session never opens.
 */
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { rootRelative } from "../discover.ts";
import type { TscMessage } from "./tsc.ts";

/** What of TypeScript's API this uses (typescript/unstable/async). */
interface ApiDiagnostic {
  fileName?: string;
  pos: number;
  code: number;
  category: number;
  text: string;
  messageChain?: readonly ApiDiagnostic[];
}
interface ApiProgram {
  getSyntacticDiagnostics(file: string): Promise<readonly ApiDiagnostic[]>;
  getSemanticDiagnostics(file: string): Promise<readonly ApiDiagnostic[]>;
}
interface ApiSnapshot {
  getProject(config: string): { program: ApiProgram } | undefined;
  dispose(): Promise<void>;
}
interface Api {
  updateSnapshot(params: {
    openProjects?: string[];
    fileChanges?: { changed?: string[] };
  }): Promise<ApiSnapshot>;
  close(): Promise<void>;
}

/**
 * Code for which tsc reports a global type the es5 lib lacks, without a place ("Cannot find
 * global type 'IterableIterator'" for a generator, 'Disposable' for `using`). The server can only
 * tell those by checking the whole project (measured: 0.26 s), so such files go to tsc.
 */
const NEEDS_GLOBAL_TYPE = /\byield\b|\bfunction\s*\*|\busing\s+[A-Za-z_$]/;

/**
 * The TypeScript versions whose API this was written and tested against: with any other, every
 * check goes to tsc (an unstable API may change its answers without failing).
 */
const TESTED = /^7\.0\./;

function typescriptVersion(): string | undefined {
  try {
    return (createRequire(import.meta.url)("typescript/package.json") as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** TypeScript's DiagnosticCategory.Warning and .Error. */
const WARNING = 0;
const ERROR = 1;

/** Longest wait for one answer of the server before tsc takes over (it normally answers in ms). */
const ANSWER_TIMEOUT_MS = 30_000;
/** Longest wait for the server to close when watching stops, before it is stopped. */
const CLOSE_TIMEOUT_MS = 3_000;

/**
 * The server process, to learn of its death: a request in flight when it dies is never answered
 * (the API's promise stays pending), and one written after it died rejects where nobody listens.
 * (The API keeps the process in a private field; without it, only the timeout guards.)
 */
function serverProcess(api: Api): ChildProcess | undefined {
  return (api as unknown as { client?: { process?: ChildProcess } }).client?.process;
}

export class TypecheckSession {
  #api: Api | undefined;
  /** Rejects when the server's process exits or its input closes. */
  #death: Promise<never> | undefined;
  #opening: Promise<void> | undefined;
  /** Counts open() calls: an open that a later one superseded installs nothing. */
  #generation = 0;
  #config: string | undefined;
  #root = "";
  #snapshot: ApiSnapshot | undefined;
  #closed = false;
  /** Checks the server answered (the others went to tsc). */
  answered = 0;
  /** Files changed since the server last heard: edits that tsc checked instead. */
  #unheard = new Set<string>();

  /**
   * Opens the project of a generated tsconfig (the one the last full check used), in the
   * background; a session already open on another tsconfig, or on older declarations, is
   * reopened. Until it is ready, check() says "ask tsc".
   */
  open(root: string, config: string): void {
    if (this.#closed || !TESTED.test(typescriptVersion() ?? "")) return;
    // Checks go to tsc until this open is done; an earlier open still under way is superseded
    // (it shuts its own server down when it sees a newer generation), so one server at most runs.
    const generation = ++this.#generation;
    const before = this.#opening;
    const previous = this.#api;
    this.#api = undefined;
    this.#snapshot = undefined;
    this.#config = config;
    this.#root = root;
    this.#unheard.clear();
    const current = (): boolean => !this.#closed && generation === this.#generation;
    this.#opening = (async () => {
      await before;
      if (previous) await this.#shutdown(previous);
      if (!current()) return;
      const { API } = (await import("typescript/unstable/async")) as unknown as {
        API: new (options: { cwd: string }) => Api;
      };
      const api = new API({ cwd: root });
      try {
        const snapshot = await withTimeout(api.updateSnapshot({ openProjects: [config] }));
        const child = serverProcess(api);
        if (!current() || !child || !running(child)) throw new Error("superseded or gone");
        this.#install(api, child, snapshot);
      } catch {
        await this.#shutdown(api);
      }
    })().catch(() => undefined);
  }

  #install(api: Api, child: ChildProcess, snapshot: ApiSnapshot): void {
    this.#death = new Promise<never>((_, reject) => {
      const died = (): void => reject(new Error("the type-check server exited"));
      child.once("exit", died);
      child.once("error", died);
      child.stdin?.once("close", died);
      child.stdout?.once("close", died);
    });
    this.#death.catch(() => undefined);
    this.#api = api;
    this.#snapshot = snapshot;
  }

  /** The tsconfig the session is open (or opening) on. */
  get config(): string | undefined {
    return this.#closed ? undefined : this.#config;
  }

  /** Files that changed in a build tsc checked: the next check tells the server. */
  changed(files: readonly string[]): void {
    for (const f of files) this.#unheard.add(f);
  }

  /** Settles when the last open() has (for tests, and to close cleanly). */
  async opened(): Promise<boolean> {
    await this.#opening;
    return this.#snapshot !== undefined;
  }

  /**
   * The diagnostics tsc would give for `files` (absolute paths; `read` gives the text the build
   * hashed) after `changed` changed, or undefined when tsc must be asked: the session is not open
   * (or its server is gone), a checked file has code that may need a global type the lib lacks
   * (NEEDS_GLOBAL_TYPE) or a syntax error, or the server failed. The caller then tells the session
   * of `changed` (changed()), for its next check.
   */
  async check(
    changed: readonly string[],
    files: readonly string[],
    read: (file: string) => string | undefined,
  ): Promise<TscMessage[] | undefined> {
    const api = this.#api;
    const config = this.#config;
    // A request written to a server that has gone rejects inside TypeScript's RPC library, where
    // nobody can catch it: ask only a server that is still there.
    if (!api || !config || this.#closed || !running(serverProcess(api))) return undefined;
    // Decided before asking anything of the server.
    const texts = files.map(read);
    if (texts.some((text) => text === undefined || NEEDS_GLOBAL_TYPE.test(text))) return undefined;
    try {
      const answer = <T>(request: Promise<T>): Promise<T> =>
        withTimeout(Promise.race([request, this.#death!]));
      const snapshot = await answer(
        api.updateSnapshot({ fileChanges: { changed: [...new Set([...this.#unheard, ...changed])] } }),
      );
      this.#unheard.clear();
      // The server keeps every snapshot until it is released (measured: 44 → 235 MB over 150
      // edits of one trigger kept, 80 MB released).
      const previous = this.#snapshot;
      this.#snapshot = snapshot;
      if (previous && running(serverProcess(api))) await answer(previous.dispose());
      const program = snapshot.getProject(config)?.program;
      if (!program) return undefined;
      // All files asked at once: the server checks them in parallel (measured: 50 files in
      // 0.29 s at once, 0.40 s one after another).
      const syntax = await answer(Promise.all(files.map((file) => program.getSyntacticDiagnostics(file))));
      if (syntax.some((ds) => ds.some((d) => d.category === ERROR))) return undefined;
      const semantic = await answer(Promise.all(files.map((file) => program.getSemanticDiagnostics(file))));
      const out: TscMessage[] = [];
      for (const [i, file] of files.entries()) {
        for (const d of semantic[i]!) {
          // tsc prints errors and warnings; suggestions and messages are not diagnostics here.
          if (d.category !== ERROR && d.category !== WARNING) continue;
          // A problem placed in another file (or nowhere) is tsc's to report.
          if (d.fileName !== file) return undefined;
          out.push(toMessage(d, file, this.#root, texts[i]!));
        }
      }
      this.answered++;
      return out;
    } catch {
      // The server went away or answered what this does not understand: back to tsc for good.
      void this.close();
      return undefined;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#opening;
    const api = this.#api;
    this.#api = undefined;
    this.#snapshot = undefined;
    if (api) await this.#shutdown(api);
  }

  async #shutdown(api: Api): Promise<void> {
    const child = serverProcess(api);
    // A dead server's connection is closed already: writing a goodbye to it would only throw.
    // (Without a process to look at, the API's own close is all there is.)
    if (!child || running(child)) await withTimeout(api.close(), CLOSE_TIMEOUT_MS).catch(() => undefined);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    // It did not go: end its input and stop it, for good if it lingers.
    child.stdin?.destroy();
    child.kill();
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }, 1000).unref();
  }
}

function running(child: ChildProcess | undefined): boolean {
  return (
    !!child &&
    child.exitCode === null &&
    child.signalCode === null &&
    !child.stdin?.destroyed &&
    !child.stdout?.destroyed
  );
}

function withTimeout<T>(request: Promise<T>, ms = ANSWER_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("the type-check server did not answer")), ms);
    timer.unref();
  });
  return Promise.race([request, late]).finally(() => clearTimeout(timer));
}

/**
 * As tsc prints it (tsc.ts parses that): 1-based line and column in UTF-16 units of the text tsc
 * read (without a byte-order mark; lines end at \n, \r\n, \r, U+2028 or U+2029), the message chain
 * indented two spaces a level.
 */
function toMessage(d: ApiDiagnostic, file: string, root: string, raw: string): TscMessage {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let line = 1;
  let lineStart = 0;
  for (const m of text.slice(0, d.pos).matchAll(/\r\n?|\n|\u2028|\u2029/g)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return {
    tsCode: `TS${d.code}`,
    message: chain(d, 0).join("\n"),
    location: {
      file: rootRelative(root, file),
      line,
      column: d.pos - lineStart + 1,
    },
  };
}

function chain(d: ApiDiagnostic, depth: number): string[] {
  return [`${"  ".repeat(depth)}${d.text}`, ...(d.messageChain ?? []).flatMap((c) => chain(c, depth + 1))];
}
