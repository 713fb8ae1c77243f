/**
 * Regenerates every generated file of this repository (`npm run docs:gen`): the EventName type,
 * types/index.d.ts, the harness's fixture types, docs/diagnostics.md, docs/fidelity.md, the command
 * summaries of the top-level help and the code samples shown in the docs.
 * Each has a test that fails when the committed file is stale.
 */
import { existsSync, readFileSync } from "node:fs";
import { writeFileAtomic, writeIfChanged } from "../../build/write-atomic.ts";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeDiagnosticsDoc } from "./diagnostics-doc.ts";
import { writeEventTypes } from "./event-types.ts";
import { FIDELITY_FILE, renderFidelity } from "./fidelity-doc.ts";
import { writeFixtureTypes } from "./fixture-types.ts";
import { SAMPLED_DOCS, withSamples } from "./doc-samples.ts";
import { writeTypesIndex } from "./types-index.ts";
import { renderCommandSummaries, SUMMARIES_FILE } from "./command-summaries.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const written = [
  writeEventTypes(root),
  writeTypesIndex(root),
  writeDiagnosticsDoc(),
  await writeFixtureTypes(root),
];
const fidelity = join(root, FIDELITY_FILE);
const text = await renderFidelity(root);
writeIfChanged(fidelity, text);
written.push(fidelity);
const summaries = join(root, SUMMARIES_FILE);
const summaryText = await renderCommandSummaries();
writeIfChanged(summaries, summaryText);
written.push(summaries);
for (const doc of SAMPLED_DOCS) {
  const path = join(root, doc);
  if (!existsSync(path)) continue;
  const before = readFileSync(path, "utf8");
  const after = withSamples(root, before);
  if (after !== before) writeFileAtomic(path, after);
  written.push(path);
}
for (const file of written) process.stdout.write(`${file}\n`);
