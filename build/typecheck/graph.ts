/**
 * The files given and every file that imports or references one of them, directly or through
 * others, from an importers table (tsc's --explainFiles: file → the files that import it).
 */
export function importersOf(
  files: Iterable<string>,
  importers: (file: string) => Iterable<string> | undefined,
): Set<string> {
  const out = new Set(files);
  const queue = [...out];
  while (queue.length) {
    for (const from of importers(queue.pop()!) ?? []) {
      if (!out.has(from)) {
        out.add(from);
        queue.push(from);
      }
    }
  }
  return out;
}

/** The files `roots` lead to by imports or references (importers read backwards), roots included. */
export function reachable(
  roots: Iterable<string>,
  importers: Readonly<Record<string, readonly string[]>>,
): Set<string> {
  const imports = new Map<string, string[]>();
  for (const [file, from] of Object.entries(importers)) {
    for (const f of from) imports.set(f, [...(imports.get(f) ?? []), file]);
  }
  const out = new Set(roots);
  const queue = [...out];
  while (queue.length) {
    for (const file of imports.get(queue.pop()!) ?? []) {
      if (!out.has(file)) {
        out.add(file);
        queue.push(file);
      }
    }
  }
  return out;
}
