/** EXTERNAL_DATA: `ExternalData.type` and `.body`, as POST /api/v1/triggers/externaldata delivers them. */
import { typeError } from "./errors.ts";
import { isObjectLike } from "./data.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { ReadOnlyData } from "./read-only.ts";

export interface ExternalDataInput {
  type: string;
  /** The REST body's `body`; objects are delivered as JSON text. */
  body: unknown;
}

export function externalData(input: unknown): ReadOnlyData {
  if (!isObjectLike(input) || typeof input.type !== "string")
    throw typeError("EXTERNAL_DATA needs { type: string, body }");
  if (input.type.startsWith("@")) throw typeError("EXTERNAL_DATA type must not begin with @");
  const body = typeof input.body === "string" ? input.body : JSON.stringify(input.body ?? null);
  return new ReadOnlyData("ExternalData", { type: input.type, body });
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "ExternalData",
    status: "simulated",
    differences: [
      "The trigger's 'External types' hint is not checked: every fired EXTERNAL_DATA reaches the trigger.",
    ],
  },
];
