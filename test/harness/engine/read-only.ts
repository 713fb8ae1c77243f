/**
 * A read-only snapshot the engine hands to the trigger (Detection, ExternalData, protocol
 * objects given as fixtures). Each runtime exposes it as an object whose properties cannot be
 * assigned: assignment throws a TypeError, in sloppy code too (the harness is stricter than a
 * silent no-op so that a trigger that thinks it changed the detection fails its test).
 */
export class ReadOnlyData {
  readonly className: string;
  readonly data: Record<string, unknown>;
  /** JSON text of data, computed once (the vm runtime parses it inside the context). */
  #json: string | undefined;
  constructor(className: string, data: Record<string, unknown>) {
    this.className = className;
    this.data = data;
  }
  get json(): string {
    return (this.#json ??= JSON.stringify(this.data));
  }
}
