/**
 * The engine globals of one loaded trigger, built once: universal globals from
 * build/engine/globals.ts that the harness models, each from its own module. Event-scoped
 * objects (Detection, ExternalData, protocol classes) are supplied per fire by the harness.
 */
import { createApplicationGlobal } from "./application.ts";
import { createBufferGlobal } from "./buffer.ts";
import { createDeviceGlobal } from "./device.ts";
import { createIPAddressGlobal } from "./ipaddress.ts";
import { GeoIPGlobal } from "./geoip.ts";
import { NetworkGlobal } from "./network.ts";
import { ThreatIntelGlobal } from "./threat-intel.ts";
import { cacheHooks, createCacheGlobal, type CacheHooks } from "./cache.ts";
import { createCommitGlobals } from "./commit.ts";
import { createCryptoGlobals } from "./crypto.ts";
import type { EngineEnv } from "./env.ts";
import { createLogGlobals } from "./log.ts";
import { RemoteGlobal } from "./remote.ts";
import { SessionGlobal } from "./session.ts";
import { SystemGlobal } from "./system.ts";
import { createTimeGlobals } from "./time.ts";
import { TriggerGlobal } from "./trigger.ts";

export interface EngineGlobals {
  values: Record<string, unknown>;
  cache: CacheHooks;
  /** Clears per-test memory that is not sensor state (repeated-log tracking, daily detection counts). */
  resetMemory(): void;
}

export function createEngineGlobals(env: EngineEnv, opts: { uuid?: () => string } = {}): EngineGlobals {
  const { resetRepeats, ...logging } = createLogGlobals(env);
  const { resetDailyCounts, ...commits } = createCommitGlobals(env);
  const cache = cacheHooks(env);
  const values: Record<string, unknown> = {
    ...logging,
    ...commits,
    ...createCryptoGlobals(env, opts.uuid),
    ...createTimeGlobals(env),
    cache: createCacheGlobal(cache),
    Buffer: createBufferGlobal(),
    IPAddress: createIPAddressGlobal(),
    Application: createApplicationGlobal(env),
    Device: createDeviceGlobal(env),
    Network: new NetworkGlobal(env),
    GeoIP: new GeoIPGlobal(env),
    ThreatIntel: new ThreatIntelGlobal(env),
    Remote: new RemoteGlobal(env),
    Session: new SessionGlobal(env),
    System: new SystemGlobal(env.sensor.system),
    Trigger: new TriggerGlobal(env),
  };
  const resetMemory = () => {
    resetRepeats();
    resetDailyCounts();
  };
  return { values, cache, resetMemory };
}
