/**
 * One simulated sensor: the state triggers share (packet clock, Session table, ODS targets and
 * their scripted behaviour) plus the REMOTE_RESPONSE events waiting to be delivered. Load two
 * triggers on the same sensor to test how they cooperate through the Session table.
 */
import type { TargetConfig } from "../../build/project/config.ts";
import { Clock } from "./clock.ts";
import type { OdsCall } from "./records.ts";
import { SessionTable, type ExpiredKey } from "./session.ts";
import type { GeoLocation } from "./geoip.ts";
import { DEFAULT_SYSTEM, type SystemInfo } from "./system.ts";
import type { ThreatIntelLists } from "./threat-intel.ts";
import { TargetRegistry, type ResponseSpec } from "./targets.ts";

export interface PendingResponse {
  /** The trigger that made the request: only it receives the response. */
  triggerId: string;
  request: OdsCall;
  response: ResponseSpec & { context?: unknown };
}

export interface SensorOptions {
  targets?: Record<string, TargetConfig>;
  startTime?: number;
  system?: Partial<SystemInfo>;
  /** Threat intelligence indicators; without them ThreatIntel is not available. */
  threatIntel?: ThreatIntelLists;
  /** Known locations by address, for GeoIP. */
  geoip?: Record<string, GeoLocation>;
  /**
   * Set by the simulated appliance (scripts/sim/runtime): HTTP requests are really sent after the
   * trigger returns, so a request to a target that is not configured returns false and writes a
   * debug-log line instead of throwing, and target scripts (refuse, respond) do not apply.
   */
  liveOds?: boolean;
}

export class Sensor {
  readonly clock: Clock;
  readonly session: SessionTable;
  readonly targets: TargetRegistry;
  readonly system: SystemInfo;
  readonly threatIntel: ThreatIntelLists | undefined;
  readonly geoip: Record<string, GeoLocation> | undefined;
  readonly liveOds: boolean;
  readonly #responses: PendingResponse[] = [];

  constructor(options: SensorOptions = {}) {
    this.clock = new Clock(options.startTime);
    this.session = new SessionTable(this.clock);
    this.targets = new TargetRegistry(options.targets ?? {});
    this.system = { ...DEFAULT_SYSTEM, ...options.system };
    this.threatIntel = options.threatIntel;
    this.geoip = options.geoip;
    this.liveOds = options.liveOds ?? false;
  }

  /** Moves packet time forward; returns the notify keys that expired on the way. */
  advance(ms: number): ExpiredKey[] {
    this.clock.advance(ms);
    return this.session.sweep();
  }

  queueResponse(triggerId: string, request: OdsCall, response: ResponseSpec): void {
    this.#responses.push({ triggerId, request, response: { ...response, context: request.context } });
  }

  /** Takes the responses waiting for one trigger. */
  takeResponses(triggerId: string): PendingResponse[] {
    const mine = this.#responses.filter((r) => r.triggerId === triggerId);
    for (const r of mine) this.#responses.splice(this.#responses.indexOf(r), 1);
    return mine;
  }

  pendingResponses(triggerId?: string): readonly PendingResponse[] {
    return triggerId ? this.#responses.filter((r) => r.triggerId === triggerId) : [...this.#responses];
  }

  /** Fresh state: empty Session table, no scripted targets, no waiting responses. */
  reset(startTime?: number): void {
    this.session.clear();
    this.targets.reset();
    this.#responses.length = 0;
    if (startTime !== undefined) this.clock.set(startTime);
  }
}
