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
