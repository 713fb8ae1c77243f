/**
 * Deploy to several appliances: the project is built once, then deployed to each appliance with at
 * most `concurrency` at a time. Every appliance gets its own outcome; one that fails (unreachable,
 * no key, refused actions) does not stop the others.
 */
import { EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import type { Appliance } from "../rest/appliances.ts";
import type { RestClient } from "../rest/client.ts";
import { deployTo, type DeployResult, type PreparedDeploy } from "./deploy.ts";

export interface FleetEntry {
  appliance: string;
  ok: boolean;
  result?: DeployResult;
  /** Why nothing (or not everything) could be planned on this appliance. */
  diagnostics?: Diagnostic[];
}

export type Connector = (name: string) => { appliance: Appliance; client: RestClient };

export async function deployFleet(
  prepared: PreparedDeploy,
  names: string[],
  connect: Connector,
  opts: { dryRun?: boolean; force?: boolean; concurrency: number },
): Promise<FleetEntry[]> {
  const entries: FleetEntry[] = [];
  const one = async (name: string): Promise<FleetEntry> => {
    let client: RestClient | undefined;
    try {
      const target = connect(name);
      client = target.client;
      const result = await deployTo(prepared, { ...target, dryRun: opts.dryRun, force: opts.force });
      return { appliance: name, ok: result.failed.length === 0, result };
    } catch (err) {
      if (!(err instanceof EhtrigError)) throw err;
      return { appliance: name, ok: false, diagnostics: err.diagnostics };
    } finally {
      client?.close();
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      entries[i] = await one(names[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, names.length)) }, worker));
  return entries;
}
