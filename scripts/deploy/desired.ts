/**
 * What the appliance should hold for each built trigger: the REST trigger fields, stamped with the
 * project author (the mark of a trigger deploy manages).
 */
import type { BuiltTrigger } from "../../build/index.ts";
import type { TriggerFields } from "../rest/trigger-fields.ts";

export type { TriggerFields };

export interface DesiredTrigger {
  /** Project trigger id (file stem). */
  id: string;
  fields: TriggerFields;
}

export const COMPARED_FIELDS: (keyof TriggerFields)[] = [
  "author",
  "description",
  "debug",
  "disabled",
  "events",
  "hints",
  "script",
];

export function desiredTriggers(built: BuiltTrigger[], author: string): DesiredTrigger[] {
  return built.map((t) => ({
    id: t.id,
    fields: {
      name: t.metadata.name,
      author,
      description: t.metadata.description,
      debug: t.metadata.debug,
      disabled: t.metadata.disabled,
      events: [...t.metadata.events],
      hints: { ...t.metadata.hints },
      script: t.code,
    },
  }));
}
