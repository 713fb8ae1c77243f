/**
 * `Flow.store` and `MetricCycle.store`: the only event-object members a trigger writes to. Each
 * is a plain object that lives as long as its flow (or metric cycle): every event of one flow
 * sees the same store, another flow gets a fresh one. The harness keys stores by the fixture's
 * `Flow.id` (`MetricCycle.id`) within one loaded trigger; an event without an id gets a store of
 * its own. A runtime shows a MutableStore as an ordinary writable object of the script's realm.
 */
import type { FidelityEntry } from "./fidelity-entry.ts";

export class MutableStore {
  /**
   * The store's contents between runs, for a runtime that cannot keep the script's object
   * alive (the interpreter starts each run afresh): it copies them in and back out.
   */
  data: Record<string, unknown> = {};
}

export class StoreTable {
  readonly #flows = new Map<string, MutableStore>();
  readonly #cycles = new Map<string, MutableStore>();

  flow(id: unknown): MutableStore {
    return this.#get(this.#flows, id);
  }

  cycle(id: unknown): MutableStore {
    return this.#get(this.#cycles, id);
  }

  /** A new test: every flow and cycle starts with an empty store. */
  clear(): void {
    this.#flows.clear();
    this.#cycles.clear();
  }

  #get(table: Map<string, MutableStore>, id: unknown): MutableStore {
    if (id === undefined || id === null || id === "") return new MutableStore();
    const key = String(id);
    let store = table.get(key);
    if (!store) table.set(key, (store = new MutableStore()));
    return store;
  }
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Flow.store",
    status: "simulated",
    differences: [
      "Kept per `Flow.id` of the fixture within one loaded trigger and emptied between tests; an event fired without a Flow id gets a store of its own. The harness never expires a flow, so a store lives until the test ends.",
      "Whether the triggers of one flow share its store is undocumented; in the harness each loaded trigger has its own, also on a shared sensor.",
      "In the interpreter engine the store is copied between runs, so functions kept in it are lost (as with cache()).",
    ],
  },
  {
    name: "MetricCycle.store",
    status: "simulated",
    differences: ["Kept per `MetricCycle.id` of the fixture, as Flow.store is kept per flow."],
  },
];
