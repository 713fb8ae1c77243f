/**
 * A read-only snapshot the engine hands to the trigger (Detection, ExternalData, protocol
 * objects given as fixtures). Each runtime exposes it as an object whose properties cannot be
 * assigned: assignment throws a TypeError, in sloppy code too (the harness is stricter than a
 * silent no-op so that a trigger that thinks it changed the detection fails its test).
 */
import { isPlainData } from "../runtime/members.ts";

export class ReadOnlyData {
  readonly className: string;
  readonly data: Record<string, unknown>;
  /** JSON text of data, computed once (the vm runtime parses it inside the context). */
  #json: string | undefined;
  /** Members the running event cannot provide → the error reading one throws (as on the sensor). */
  readonly unavailable: Readonly<Record<string, string>>;
  constructor(className: string, data: Record<string, unknown>, unavailable: Record<string, string> = {}) {
    this.className = className;
    this.data = data;
    this.unavailable = unavailable;
  }
  #pure: boolean | undefined;
  get json(): string {
    return (this.#json ??= JSON.stringify(this.data));
  }
  /**
   * True when the data is JSON through and through. Fixtures may also hold engine objects
   * (an IPAddress for Flow.client.ipaddr); runtimes then build the snapshot value by value.
   */
  get isPureData(): boolean {
    return (this.#pure ??= pure(this.data));
  }
}

function pure(v: unknown): boolean {
  if (v === null || typeof v !== "object") return typeof v !== "function";
  if (!isPlainData(v)) return false;
  return Object.values(v).every(pure);
}
