/**
 * Engine globals that exist on every event, and the deprecated ones the engine still names.
 * Event-scoped globals (HTTP, Detection, Flow, …) come from `events.ts`.
 */

/** Globals any trigger may use, whatever its events. */
export const UNIVERSAL_GLOBALS: ReadonlySet<string> = new Set([
  // global functions
  "cache",
  "commitDetection",
  "commitRecord",
  "debug",
  "log",
  "getTimestamp",
  "md5",
  "sha1",
  "sha256",
  "sha512",
  "uuid",
  // the running event's name
  "event",
  // general-purpose classes that do not depend on the event
  "Application",
  "Buffer",
  "Device",
  "GeoIP",
  "IPAddress",
  "Network",
  "Remote",
  "Session",
  "System",
  "ThreatIntel",
  "Trigger",
]);

/** Deprecated globals, with what replaces them. */
export const DEPRECATED_GLOBALS: Readonly<Record<string, string>> = {
  exit: "return from the trigger's function instead (exit() is deprecated since 4.0)",
  getTimestampMSec: "use getTimestamp() (getTimestampMSec() is deprecated since 4.0)",
  RemoteSyslog: "use Remote.Syslog (RemoteSyslog is deprecated since 4.0)",
};
