/**
 * The project's checklist of the 26.2 Trigger API: every class of the reference with its
 * top-level properties and methods (api-members.json, written from the reference's class pages).
 * types/ must declare all of them (test/types/api-completeness.test.ts); `readableOn` lists the
 * only events on which the reference lets a trigger read the member.
 */
import data from "./api-members.json" with { type: "json" };

export interface ApiMember {
  readonly name: string;
  /** The reference's declared type of a property, e.g. `String | null`. */
  readonly type?: string;
  /** The reference's signature of a method. */
  readonly signature?: string;
  readonly readableOn?: readonly string[];
}

export interface ApiClass {
  readonly class: string;
  /** Folder under types/: "" (general), "protocols" or "datastore". */
  readonly folder: "" | "protocols" | "datastore";
  /** Events the class page lists for the class. */
  readonly events: readonly string[];
  /** The type on which every member must exist, e.g. `typeof DNS` or `Device & DeviceConstructor`. */
  readonly probe: string;
  readonly properties: readonly ApiMember[];
  readonly methods: readonly ApiMember[];
}

export const API_CLASSES: readonly ApiClass[] = data.classes as readonly ApiClass[];

const notOn = new Map<string, Record<string, string>>();

/**
 * Members of `className` that the reference limits to other events than `event`, each with the
 * message the harness throws when a trigger reads it there, as the engine does. Made once per
 * class and event (every fire asks).
 */
export function membersNotOn(className: string, event: string): Readonly<Record<string, string>> {
  const key = `${className}\0${event}`;
  let out = notOn.get(key);
  if (out) return out;
  out = {};
  notOn.set(key, out);
  const cls = API_CLASSES.find((c) => c.class === className);
  for (const m of cls ? [...cls.properties, ...cls.methods] : []) {
    if (m.readableOn?.length && !m.readableOn.includes(event))
      out[m.name] =
        `${className}.${m.name} is not available on ${event} (only on ${m.readableOn.join(", ")})`;
  }
  return out;
}
