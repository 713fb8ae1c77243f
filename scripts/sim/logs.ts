/**
 * `ehtrig sim logs`: a trigger's debug log from a running simulated appliance, with each
 * exception's script position mapped back to the TypeScript through the local build's source
 * map. The map is only used when the local build of that trigger (found by name in dist/) is the
 * script the appliance runs: the sha256 in both banners must agree. Otherwise the lines are shown
 * as the appliance has them, with a warning saying why.
 */
import { diagnostic, EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import { locatorOf } from "../../build/locate.ts";
import { readBuiltFile, readManifest, type ManifestEntry } from "../../build/manifest.ts";
import type { Project } from "../../build/project/config.ts";
import { bannerHash } from "../deploy/drift.ts";
import type { RestClient } from "../rest/client.ts";
import { findTrigger, type SimTrigger } from "./state.ts";
import type { TriggerLogEntry } from "./runtime/trigger-log.ts";

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
  text?: string;
}

export interface MappedLogEntry extends TriggerLogEntry {
  /** Exceptions whose script line maps: where in the TypeScript. */
  source?: SourcePosition;
}

export interface SimLogs {
  trigger: { id: number; name: string };
  /** The local build that mapped the lines (dist/<file>), when it matched the deployed script. */
  build?: string;
  entries: MappedLogEntry[];
  warnings: Diagnostic[];
}

/** The deployed trigger by id or name (EH804 when there is none, or the name is not unique). */
function pick(triggers: SimTrigger[], idOrName: string): SimTrigger {
  const found = findTrigger(triggers, idOrName);
  if ("problem" in found) throw new EhtrigError([found.problem]);
  return found;
}

/**
 * The appliance name of a project trigger given by its file id (`ticket-tracking` for
 * triggers/ticket-tracking.ts), as the other commands take it; undefined when the text is not one.
 */
function projectTriggerName(project: Project | undefined, text: string): string | undefined {
  if (!project || /^\d+$/.test(text)) return undefined;
  try {
    return readManifest(project.outDir).triggers.find((t) => t.id === text)?.name;
  } catch {
    return undefined; // no build: the text can still be the appliance's name
  }
}

/** The local build entry whose script is the deployed one, or a warning saying why there is none. */
function localBuild(
  project: Project | undefined,
  deployed: SimTrigger,
): { entry?: ManifestEntry; script?: string; warning?: Diagnostic } {
  const none = (why: string) => ({ warning: diagnostic("EH806", why, { severity: "warning" }) });
  if (!project) return none("no ehtrig project in this folder, so no source maps");
  let entry: ManifestEntry | undefined;
  try {
    entry = readManifest(project.outDir).triggers.find((t) => t.name === deployed.name);
  } catch {
    return none(`no build in ${project.outDir}`);
  }
  if (!entry) return none(`the local build has no trigger named "${deployed.name}"`);
  const want = bannerHash(deployed.script);
  const script = readBuiltFile(project.outDir, entry.file);
  const have = bannerHash(script);
  if (!want || want !== have) {
    const why = want
      ? `the appliance runs a different build of "${deployed.name}" (sha256 ${want.slice(0, 12)}…) than ${entry.file} (${have ? `sha256 ${have.slice(0, 12)}…` : "no banner"})`
      : `the script of "${deployed.name}" on the appliance was not built by ehtrig (no banner)`;
    return { warning: diagnostic("EH805", why, { severity: "warning" }) };
  }
  return { entry, script };
}

/**
 * A deployed trigger's log entries with exceptions mapped through the project's build, when that
 * build holds the deployed script.
 */
function mapTriggerLog(
  project: Project | undefined,
  deployed: SimTrigger,
  log: readonly TriggerLogEntry[],
): SimLogs {
  const { entry, script, warning } = localBuild(project, deployed);
  const at = entry && script !== undefined && project ? locatorOf(project, entry, script) : undefined;
  const entries: MappedLogEntry[] = log.map((e) => {
    if (!at || !e.script) return e;
    try {
      const { original } = at(e.script);
      return { ...e, source: original };
    } catch {
      return e; // a helper line or past the end: shown as the appliance has it
    }
  });
  return {
    trigger: { id: deployed.id, name: deployed.name },
    ...(entry ? { build: entry.file } : {}),
    entries,
    warnings: warning ? [warning] : [],
  };
}

/** The debug log of a trigger on a running simulator, reached over REST. */
export async function simLogs(
  client: RestClient,
  idOrName: string,
  project: Project | undefined,
): Promise<SimLogs> {
  const triggers = (await client.request<SimTrigger[]>("GET", "/triggers", { expect: [200] })).body;
  const deployed = pick(triggers, projectTriggerName(project, idOrName) ?? idOrName);
  const log = await client.request<TriggerLogEntry[]>("GET", `/ehtrig/triggers/${deployed.id}/log`, {
    prefix: "",
    expect: [200],
  });
  return mapTriggerLog(project, deployed, log.body);
}
