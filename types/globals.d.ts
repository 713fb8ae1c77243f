/**
 * Global functions and values of the ExtraHop Trigger API 26.2 that any trigger may use on any
 * event. This file, like every file in types/, is a global script (no import/export): the
 * engine provides these names as free identifiers, so triggers use them without importing.
 */

/**
 * Writes `message` to the trigger's debug log, but only when debugging is enabled for the trigger
 * (see {@link Trigger.isDebugEnabled}). Messages over 2048 bytes are cut; identical messages are
 * shown at most once every 30 seconds.
 */
declare function debug(message: string): void;

/**
 * Writes `message` to the debug log whether or not debugging is enabled. Same 2048-byte limit and
 * 30-second de-duplication as {@link debug}; send longer text through `Remote.Syslog`.
 */
declare function log(message: string): void;

/**
 * Computes a value once per trigger and returns the stored value on later calls, for large lookup
 * tables that should not be rebuilt on every event.
 * @param key Names the cached value; must be unique within the trigger.
 * @param valueFn Takes no arguments and must not return null or undefined.
 */
declare function cache<T extends {}>(key: string, valueFn: () => T): T;

/**
 * How long repeats of a detection (same type and identity key) are merged into one ongoing
 * detection.
 */
type DetectionIdentityTtl = "hour" | "day" | "week";

/**
 * A participant reference for {@link commitDetection}: only the `offender` and `victim` properties
 * of a Flow endpoint (`Flow.client.offender`, `Flow.server.victim`, …) produce one. The brand
 * property exists only in the type, so other objects (such as `Discover.device`) are rejected.
 */
interface DetectionParticipantRef {
  readonly __ehtrigParticipantRole: DetectionParticipantRole;
}

interface CommitDetectionOptions {
  /** Title shown for the detection. */
  title: string;
  /** Description, in Markdown. */
  description: string;
  /** Risk score from 1 to 99, or null for none. */
  riskScore?: number | null;
  /**
   * Offender and victim references taken from Flow endpoints, e.g. `[Flow.client.offender,
   * Flow.server.victim]`.
   */
  participants?: readonly DetectionParticipantRef[];
  /**
   * Detections of the same type with the same key inside the TTL are merged into one ongoing
   * detection.
   */
  identityKey?: string | null;
  /** Merge window for {@link identityKey}; each merge restarts it. Default `"hour"`. */
  identityTtl?: DetectionIdentityTtl;
  /** @deprecated since 9.3: set categories on the detection type in the Detection Catalog. */
  categories?: readonly string[];
}

/**
 * Creates a custom detection. The resulting `Detection.type` is `custom.<type>`. A sensor creates
 * at most 250 detections per trigger per day.
 * @param type Letters, digits and underscores only, e.g. `"brute_force_attack"`.
 */
declare function commitDetection(type: string, options: CommitDetectionOptions): void;

/**
 * Sends a custom record to the configured recordstore.
 *
 * Not expressible in the type, checked by the engine: `id` may not start with `~`; field names may
 * not contain `.`, `:`, `[` or `]`; and these names are reserved because the engine adds them
 * itself: ex, flowID, client, clientAddr, clientPort, receiver, receiverAddr, receiverPort, sender,
 * senderAddr, senderPort, server, serverAddr, serverPort, timestamp, vlan.
 * @param id The record type id.
 * @param record Field names and values of the record.
 */
declare function commitRecord(id: string, record: object): void;

/**
 * Time of the packet that caused the current event, in milliseconds since the epoch, with
 * microseconds as the fraction.
 */
declare function getTimestamp(): number;

/** MD5 digest of the UTF-8 form of `message`, as a hex string. */
declare function md5(message: string | Buffer): string;
/** SHA-1 digest of the UTF-8 form of `message`, as a hex string. */
declare function sha1(message: string | Buffer): string;
/** SHA-256 digest of the UTF-8 form of `message`, as a hex string. */
declare function sha256(message: string | Buffer): string;
/** SHA-512 digest of the UTF-8 form of `message`, as a hex string. */
declare function sha512(message: string | Buffer): string;

/** A random version 4 UUID. */
declare function uuid(): string;

/**
 * Name of the event the trigger is running for, e.g. `if (event === "HTTP_REQUEST")`. The
 * reference uses it in examples but does not list it among the global functions.
 */
declare const event: EventName;

/** @deprecated since 4.0: use a `return` statement. */
declare function exit(): void;

/** @deprecated since 4.0: use {@link getTimestamp}. */
declare function getTimestampMSec(): number;
