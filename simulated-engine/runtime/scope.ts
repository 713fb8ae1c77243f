/**
 * Which names the trigger's global scope has besides ES5: engine globals the harness models,
 * event-scoped globals (present only while an event that provides them runs — taken from
 * build/engine/events.ts), and globals it knows but does not model (they throw a message that
 * says so, instead of an anonymous ReferenceError).
 */
import { EVENT_SCOPED_GLOBALS, eventsProviding } from "../../build/engine/events.ts";
import { DEPRECATED_GLOBALS, UNIVERSAL_GLOBALS } from "../../build/engine/globals.ts";

export interface ScopeEntry {
  name: string;
  /** The explanation the thrown ReferenceError carries. */
  message: string;
  /** True: exists on some events (the message lists them); false: never available here. */
  eventScoped: boolean;
}

function listEvents(name: string): string {
  const events = eventsProviding(name);
  const shown = events.slice(0, 4).join(", ");
  return events.length > 4 ? `${shown} and ${events.length - 4} more` : shown;
}

/** Every name the harness must answer with an accessor, given the globals it models. */
export function scopeEntries(modelled: ReadonlySet<string>): ScopeEntry[] {
  const out: ScopeEntry[] = [];
  for (const name of EVENT_SCOPED_GLOBALS) {
    if (UNIVERSAL_GLOBALS.has(name)) continue; // Session, Remote: always there; their members are scoped.
    out.push({ name, message: `it exists on ${listEvents(name)}`, eventScoped: true });
  }
  for (const name of UNIVERSAL_GLOBALS) {
    if (modelled.has(name) || name === "event") continue;
    out.push({
      name,
      message: `${name} is not simulated by the ehtrig harness (see docs/fidelity.md)`,
      eventScoped: false,
    });
  }
  for (const [name, hint] of Object.entries(DEPRECATED_GLOBALS)) {
    out.push({ name, message: `${name} is deprecated: ${hint}`, eventScoped: false });
  }
  return out;
}
