/**
 * The type-check as a build runs it, costing what changed. Its result is reused when no file it
 * covers changed. When only some of the project's modules changed, tsc checks just those and the
 * files that import them (directly or not, as tsc's --explainFiles showed), and every other file
 * keeps its diagnostics: a touched trigger costs the check of one file instead of the project's
 * (tsc reads and checks every file of a program it is given). Of the files importing a changed
 * module, only those its new declarations concern are checked (narrowScope, declarations.ts).
 *
 * In watch mode a session (session.ts) keeps the project loaded between builds and checks those
 * files without a tsc process, when the edit left every changed file's import lines as they were
 * (so the import graph still holds).
 *
 * Anything whose effect is not confined to importers checks the whole project: types/, the
 * tsconfigs, the generated declarations (language level, declared targets), a file added or
 * removed, a file that declares globals or modules or that such a file imports (directly or not),
 * a file the last check did not cover (one the tsconfig excludes), any other file the last check
 * read (an npm package's declarations, a typings/ folder the tsconfig includes) that changed, and
 * any diagnostic without a place.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { rootRelative } from "../discover.ts";
import { BuildCache, FileHashes, listFiles, type CachedTypecheck } from "../cache.ts";
import type { Diagnostic } from "../diagnostics.ts";
import { sha256 } from "../hash.ts";
import type { Project } from "../project/config.ts";
import { toolkitRoot } from "../toolkit-files.ts";
import {
  generatedConfig,
  generatedDeclarations,
  projectDeclarations,
  typecheckDeclarations,
  typecheckProject,
  TSCONFIG,
  type TypecheckOutput,
} from "./project.ts";
import { declarationChange, mayUseAdded } from "./declarations.ts";
import { inclusionOf, includedFiles } from "./included.ts";
import { declaresGlobals, isAmbientText } from "./ambient.ts";
import { importersOf, reachable } from "./graph.ts";
import type { TypecheckSession } from "./session.ts";
import { fromTsc, isSyntaxCode } from "./ts-codes.ts";

export async function typecheckCached(
  project: Project,
  cache: BuildCache,
  hashes: FileHashes,
  /** Watch mode's long-lived checker; without one, every check runs tsc. */
  session?: TypecheckSession,
): Promise<Diagnostic[]> {
  const { root } = project;
  // The engine declarations and base tsconfig come with the toolkit (node_modules/ehtrig) in a
  // user's project, and from this repository in the example project.
  const toolkit = toolkitRoot();
  const shared = [
    join(root, TSCONFIG),
    join(toolkit, "tsconfig.base.json"),
    // (in this repository the project's types/ and the toolkit's are the same folder)
    ...listFiles([...new Set([join(root, "types"), join(toolkit, "types")])], /\.ts$/),
  ];
  const sources = listFiles([project.triggersDir], /\.ts$/);
  const inclusion = inclusionOf(join(root, TSCONFIG), hashes.text(join(root, TSCONFIG)));
  const included = includedFiles(inclusion.starts, sources);
  const key = BuildCache.keyOf(
    generatedDeclarations(project.level),
    projectDeclarations(project.config.targets ?? {}),
    ...[...shared, ...inclusion.bases].map((f) => `${f}:${hashes.get(f)}`),
    // (a file added to or removed from a folder the tsconfig includes checks the whole project)
    ...included,
  );
  const files = Object.fromEntries(sources.map((f) => [f, hashes.get(f)]));
  const rel = (abs: string): string => rootRelative(root, abs);
  /**
   * The declarations a check wrote that the cache may keep (root-relative): those of the project's
   * sources, and none when a source changed on disk since the build hashed it. tsc then read the
   * newer text, and its declarations kept with the older hash would misjudge the next edit.
   */
  const kept = (written: Readonly<Record<string, string>> | undefined): Record<string, string> => {
    const ours = Object.entries(written ?? {}).filter(([f]) => f in files);
    if (!ours.length || !sameOnDisk(files)) return {};
    return Object.fromEntries(ours.map(([f, dts]) => [rel(f), dts]));
  };

  const last = cache.typecheck();
  // Watch mode's first build may find the last check still good: the session opens on the
  // tsconfig that check generated (a full check opens it afresh below).
  const generated = cache.dir && generatedConfig(cache.dir);
  if (session && generated && !session.config && existsSync(generated)) session.open(root, generated);
  const input = {
    root,
    level: project.level,
    targets: project.config.targets ?? {},
    ...(cache.dir ? { workDir: cache.dir } : {}),
  };
  // Files outside the project that the last check read: an npm update changes what they declare.
  const externalSame = (entry: { external: Record<string, string | null> }) =>
    Object.entries(entry.external).every(([f, h]) => hashes.get(f) === h);
  const sharedSet = new Set(shared);
  const externalOf = (importers: Iterable<string>): Record<string, string | null> => {
    const out: Record<string, string | null> = {};
    for (const f of importers) {
      const abs = resolve(root, f);
      if (!(abs in files) && !sharedSet.has(abs)) out[abs] = hashes.get(abs);
    }
    return out;
  };
  if (last && last.key === key && externalSame(last)) {
    const changed = sources.filter((f) => last.files[f] !== files[f]);
    const removed = Object.keys(last.files).filter((f) => !(f in files));
    if (!changed.length && !removed.length) return last.diagnostics;
    const confined =
      !removed.length &&
      changed.every((f) => f in last.files && rel(f) in last.importers) &&
      !changed.some((f) => last.ambient.includes(f) || isAmbient(f, hashes)) &&
      last.diagnostics.every((d) => d.location);
    const affected = confined ? importersOf(changed.map(rel), (f) => last.importers[f]) : new Set<string>();
    // A module that a file declaring globals imports reaches every file through those globals.
    if (confined && ![...affected].some((f) => last.ambient.includes(resolve(root, f)))) {
      const imports = { ...(last.imports ?? {}), ...importsOf(changed, hashes) };
      if (session && generated && sameImports(changed, last.imports, imports) && !hasSyntaxErrors(last)) {
        // The session checks what tsc would: the edited files, and of their importers those the
        // new declarations concern (narrowScope), the declarations written by a tsc process
        // alongside (no check: a fraction of the session's check of every importer).
        const bySession = async (scope: ReadonlySet<string>): Promise<TypecheckOutput | undefined> => {
          const declarationsOf = [...scope].filter((f) => last.importers[f]?.length);
          const [messages, declarations] = await Promise.all([
            session.check(
              changed,
              [...scope].map((f) => resolve(root, f)),
              (f) => hashes.text(f),
            ),
            typecheckDeclarations({
              ...input,
              files: declarationsOf.map((f) => resolve(root, f)),
              globalFiles: last.ambient,
            }),
          ]);
          if (!messages) return undefined;
          return { diagnostics: messages.map(fromTsc), importers: new Map(), declarations };
        };
        const narrowed = await narrowScope(changed.map(rel), last, hashes, root, bySession);
        const scope = narrowed?.scope ?? affected;
        const checked = narrowed ? narrowed.checked : await bySession(affected);
        if (checked) {
          const diagnostics = [
            ...last.diagnostics.filter((d) => !scope.has(d.location!.file)),
            ...checked.diagnostics,
          ];
          cache.storeTypecheck({
            ...last,
            files,
            imports,
            diagnostics,
            declarations: { ...without(last.declarations, scope), ...kept(checked.declarations) },
          });
          return diagnostics;
        }
      }
      // tsc checks this edit; the session hears of the files on its next check (also when it
      // declined, or was not open yet and may have read them before the edit).
      session?.changed(changed);
      const known = new Set(sources.map(rel));
      /** tsc on `scope` (root-relative): undefined when its answer may concern every file. */
      const checkScope = async (scope: ReadonlySet<string>): Promise<TypecheckOutput | undefined> => {
        const roots = [...new Set([...[...scope].map((f) => resolve(root, f)), ...last.ambient])];
        // The declarations of modules other files import tell which of those the next edit concerns.
        const declarationsOf = [...scope]
          .filter((f) => last.importers[f]?.length)
          .map((f) => resolve(root, f));
        const out = await typecheckProject({ ...input, roots, declarationsOf, globalFiles: last.ambient });
        // A diagnostic without a place, or in a file that is not the project's, may concern all.
        return out.diagnostics.every((d) => d.location && known.has(d.location.file)) ? out : undefined;
      };
      const narrowed = await narrowScope(changed.map(rel), last, hashes, root, checkScope);
      const scope = narrowed?.scope ?? affected;
      const partial = narrowed ? narrowed.checked : await checkScope(scope);
      // The program's roots: the sources, what the tsconfig includes, and what nothing imported
      // in the last check. (An npm package's declaration files count as declaring globals only
      // when they surely do.)
      const roots = [
        ...[...sources, ...included].map(rel),
        ...Object.keys(last.importers).filter((f) => !last.importers[f]!.length),
      ];
      const mayDeclareGlobals = (f: string): boolean => {
        const abs = resolve(root, f);
        return f.split("/").includes("node_modules")
          ? declaresGlobals(abs, hashes.text(abs))
          : last.ambient.includes(abs) || isAmbient(abs, hashes);
      };
      const after =
        partial && programAfter(last.importers, scope, partial.importers, roots, mayDeclareGlobals);
      if (partial && after && !after.globalsMoved) {
        const { importers, left } = after;
        const diagnostics = [
          ...last.diagnostics.filter((d) => !scope.has(d.location!.file)),
          ...partial.diagnostics.filter((d) => scope.has(d.location!.file)),
        ].filter((d) => !left(d.location!.file));
        const external = { ...last.external, ...externalOf(partial.importers.keys()) };
        const declarations = { ...without(last.declarations, scope), ...kept(partial.declarations) };
        cache.storeTypecheck({
          key,
          files,
          importers,
          ambient: last.ambient,
          external,
          diagnostics,
          imports,
          declarations,
        });
        return diagnostics;
      }
    }
  }

  const ambient = sources.filter((f) => isAmbient(f, hashes));
  // The declarations of every imported module, so that even its first edit is judged by them
  // (not without a cache folder: nothing would keep them).
  const full = await typecheckProject({
    ...input,
    ...(cache.dir ? { declarationsOf: { importedOf: sources }, globalFiles: ambient } : {}),
  });
  // Files outside the sources that declare globals for every file (a typings/ or types/ folder
  // the tsconfig's include adds): a partial check must be given them too, as its only roots.
  // Not the toolkit's declarations or the generated ones, which every check names, nor files
  // of npm packages and TypeScript's libs (a partial program reaches them the same way).
  const toolkitTypes = join(toolkit, "types") + sep;
  const includedAmbient = [...full.importers.keys()]
    .map((f) => resolve(root, f))
    .filter(
      (f) =>
        !(f in files) &&
        !f.split(sep).includes("node_modules") &&
        !f.startsWith(toolkitTypes) &&
        !(cache.dir && f.startsWith(cache.dir + sep)) &&
        hashes.get(f) !== null &&
        isAmbient(f, hashes),
    );
  cache.storeTypecheck({
    key,
    files,
    importers: Object.fromEntries([...full.importers].map(([f, from]) => [f, [...from].sort()])),
    ambient: [...ambient, ...includedAmbient],
    external: externalOf(full.importers.keys()),
    diagnostics: full.diagnostics,
    imports: importsOf(sources, hashes),
    declarations: kept(full.declarations),
  });
  // The session loads what this check saw (generated declarations, files added or removed).
  if (session && generated) session.open(root, generated);
  return full.diagnostics;
}

/**
 * The import graph after a partial check: the last check's, with the edges of the files checked
 * again (`scope`) replaced by what this check `found`. A file no root leads to any more (JSON
 * data, a module outside the sources that the edit no longer imports) has left the program, with
 * its diagnostics and edges; a file that may declare globals leaving or entering it changes what
 * every file sees (`globalsMoved`: the whole project is checked instead).
 */
function programAfter(
  last: Readonly<Record<string, string[]>>,
  scope: ReadonlySet<string>,
  found: ReadonlyMap<string, ReadonlySet<string>>,
  roots: readonly string[],
  mayDeclareGlobals: (file: string) => boolean,
): { importers: Record<string, string[]>; left: (file: string) => boolean; globalsMoved: boolean } {
  const updated = Object.fromEntries(
    Object.entries(last).map(([f, from]) => [f, from.filter((i) => !scope.has(i))]),
  );
  for (const [f, from] of found)
    updated[f] = [...new Set([...(updated[f] ?? []), ...[...from].filter((i) => scope.has(i))])];
  const inProgram = reachable(roots, updated);
  const left = (f: string) => f in last && !inProgram.has(f);
  const globalsMoved = [
    ...Object.keys(last).filter(left),
    ...[...found.keys()].filter((f) => !(f in last)),
  ].some(mayDeclareGlobals);
  const importers = Object.fromEntries(
    Object.entries(updated)
      .filter(([f]) => !left(f))
      .map(([f, from]) => [f, from.filter((i) => !left(i))]),
  );
  return { importers, left, globalsMoved };
}

/**
 * When the edit changed modules that other files import, and their last check left their
 * declarations: tsc checks the changed files alone first, writing their declarations again, and
 * only the importers the change concerns (declarations.ts) are checked after that — none, for an
 * edit inside a function body. Undefined when there is nothing to narrow (tsc then checks every
 * importer); `checked` is undefined when a check's answer may concern every file.
 */
async function narrowScope(
  changed: readonly string[],
  last: CachedTypecheck,
  hashes: FileHashes,
  root: string,
  checkScope: (scope: ReadonlySet<string>) => Promise<TypecheckOutput | undefined>,
): Promise<{ scope: Set<string>; checked: TypecheckOutput | undefined } | undefined> {
  const edited = new Set(changed);
  const before = last.declarations ?? {};
  if (!changed.some((f) => last.importers[f]?.some((i) => !edited.has(i)))) return undefined;
  // Every changed module that is imported, also by another changed file: a declaration that names
  // a type of another module reads the same when only that type changed.
  const shared = changed.filter((f) => last.importers[f]?.length);
  if (!shared.every((f) => before[f] !== undefined)) return undefined;
  const first = await checkScope(edited);
  if (!first) return { scope: edited, checked: undefined };
  const after = first.declarations ?? {};
  // An importer with problems already is checked again on any addition: a message's "did you
  // mean" may now name the new export.
  const withProblems = new Set(last.diagnostics.map((d) => d.location?.file));
  const concerned = new Set<string>();
  for (const f of shared) {
    const now = after[resolve(root, f)];
    const change = now === undefined ? { kind: "changed" as const } : declarationChange(before[f]!, now);
    if (change.kind === "same") continue;
    for (const i of last.importers[f]!) {
      if (
        change.kind === "changed" ||
        withProblems.has(i) ||
        mayUseAdded(hashes.text(resolve(root, i)), change.names)
      )
        concerned.add(i);
    }
  }
  if (!concerned.size) return { scope: edited, checked: first };
  const scope = new Set([...edited, ...importersOf(concerned, (f) => last.importers[f])]);
  const checked = await checkScope(scope);
  return { scope, checked };
}

/** Whether every file still has the content whose hash the build took (a fresh read of each). */
function sameOnDisk(files: Readonly<Record<string, string | null>>): boolean {
  return Object.entries(files).every(([file, hash]) => {
    try {
      return sha256(readFileSync(file)) === hash;
    } catch {
      return hash === null;
    }
  });
}

/** The declarations kept, less those of files checked again without emitting theirs. */
function without(
  declarations: Readonly<Record<string, string>> | undefined,
  checked: ReadonlySet<string>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(declarations ?? {}).filter(([f]) => !checked.has(f)));
}

/**
 * What in a file can make import edges, hashed by file (equal hashes mean the same edges): each
 * module specifier after `from`, `import`, `import(` or `require(` (across line breaks) with the
 * text before it on its line (so commenting one out with // changes it), every triple-slash
 * reference, and the number of block comments (so one opened or closed around an import changes
 * it too). Read from the bytes the build hashed, not read again.
 */
function importsOf(files: readonly string[], hashes: FileHashes): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of files) {
    const text = hashes.text(file);
    if (text === undefined) continue;
    const parts = [String(text.split("/*").length)];
    for (const m of text.matchAll(SPECIFIER)) {
      parts.push(text.slice(text.lastIndexOf("\n", m.index) + 1, m.index + m[0].length));
    }
    out[file] = sha256(parts.join("\n"));
  }
  return out;
}

const SPECIFIER = /\b(?:from|import|require)\s*\(?\s*(["'`])[^"'`\n]*\1|^\s*\/\/\/\s*<reference[^\n]*/gm;

function sameImports(
  changed: readonly string[],
  before: Readonly<Record<string, string>> | undefined,
  after: Readonly<Record<string, string>>,
): boolean {
  return !!before && changed.every((f) => before[f] !== undefined && before[f] === after[f]);
}

/** tsc checked the files with syntax errors apart (project.ts); the session does not. */
function hasSyntaxErrors(entry: { diagnostics: Diagnostic[] }): boolean {
  // (fromTsc writes the TypeScript code before the message: "TS1005: …")
  return entry.diagnostics.some((d) => isSyntaxCode(d.message.split(":", 1)[0]!));
}

/** isAmbientText, read with the build's hashes: one read of each file a build looks at. */
function isAmbient(file: string, hashes: FileHashes): boolean {
  return isAmbientText(file, hashes.text(file));
}
