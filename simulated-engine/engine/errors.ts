/**
 * Errors an engine object raises inside the trigger. They are host-side values; each runtime
 * (vm or interpreter) turns them into an error of the trigger's own realm, so that
 * `e instanceof TypeError` holds inside the trigger as it does on the sensor.
 */
export type EngineErrorKind = "Error" | "TypeError" | "ReferenceError" | "RangeError";

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  constructor(kind: EngineErrorKind, message: string) {
    super(message);
    this.name = kind;
    this.kind = kind;
  }
}

export const typeError = (message: string) => new EngineError("TypeError", message);
export const referenceError = (message: string) => new EngineError("ReferenceError", message);
/** Incorrect API use: the engine stops the trigger (extrahop-api.md §1.4). */
export const apiError = (message: string) => new EngineError("Error", message);
