/**
 * Simulated packet time. getTimestamp() and the Session table's expiry read it; tests move it
 * with `advance`, never with real waiting.
 */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 15, 12, 0, 0);

export class Clock {
  #now: number;
  constructor(start = DEFAULT_START_TIME) {
    this.#now = start;
  }
  /** Milliseconds since the epoch; may have a microsecond fraction, as on the sensor. */
  get now(): number {
    return this.#now;
  }
  set(ms: number): void {
    this.#now = ms;
  }
  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError("the clock only moves forward");
    this.#now += ms;
    return this.#now;
  }
}
