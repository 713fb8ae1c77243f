/**
 * What engine objects see of the harness: the simulated sensor (clock, Session table, targets),
 * the trigger they belong to, and the event running now. One env per loaded trigger; `current`
 * changes with each fire.
 */
import type { RunRecord } from "./records.ts";
import type { Sensor } from "./sensor.ts";
import type { ExpiredKey } from "./session.ts";
import type { RemoteResponse } from "./remote-response.ts";

export interface TriggerInfo {
  id: string;
  name: string;
  debug: boolean;
}

export interface CurrentEvent {
  event: string;
  /** Packet time of the event, ms since the epoch. */
  timestamp: number;
  run: RunRecord;
  expiredKeys?: ExpiredKey[];
  response?: RemoteResponse;
}

export interface EngineEnv {
  sensor: Sensor;
  trigger: TriggerInfo;
  current: CurrentEvent;
  /** The `cache()` store of this trigger: lives as long as the loaded trigger. */
  cache: Map<string, unknown>;
  /** Turns a value the trigger passed in back into the harness object it wraps (e.g. a Buffer). */
  unwrap(value: unknown): unknown;
}
