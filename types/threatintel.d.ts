/**
 * The `ThreatIntel` class: whether threat intelligence lists an address, domain or URI (RevealX
 * Premium and Ultra). Each check gives null when no threat intelligence is loaded.
 */
interface ThreatIntel {
  /** True when threat intelligence is loaded on the system. */
  readonly isAvailable: boolean;
  hasIP(address: IPAddress): boolean | null;
  hasDomain(domain: string): boolean | null;
  hasURI(uri: string): boolean | null;
}

declare const ThreatIntel: ThreatIntel;
