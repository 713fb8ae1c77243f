/**
 * The `Detection` class: the detection that a DETECTION_UPDATE event is about. That event is the
 * only one that exposes it; it runs when a detection is created or updated, but not when only
 * ticket fields (assignee, status, …) change and not for hidden detections.
 */

/**
 * Category of a detection. All values come from the 26.2 Trigger API reference except
 * `"sec.attack"`, which is not listed there but appears in detections returned by the REST API.
 */
type DetectionCategory =
  | "sec"
  | "sec.action"
  | "sec.attack"
  | "sec.botnet"
  | "sec.caution"
  | "sec.command"
  | "sec.cryptomining"
  | "sec.dos"
  | "sec.exfil"
  | "sec.exploit"
  | "sec.hardening"
  | "sec.lateral"
  | "sec.ransomware"
  | "sec.recon"
  | "perf"
  | "perf.auth"
  | "perf.db"
  | "perf.network"
  | "perf.service"
  | "perf.storage"
  | "perf.virtual"
  | "perf.web";

/** Ticket status of a detection. A detection without a status (null) is shown as "Open". */
type DetectionStatus = "acknowledged" | "new" | "in_progress" | "closed";

/** How a closed detection's ticket was resolved. */
type DetectionResolution = "action_taken" | "no_action_taken";

type DetectionParticipantRole = "offender" | "victim";

/** A MITRE ATT&CK technique or tactic linked to a detection. */
interface DetectionMitreCategory {
  readonly id: string;
  readonly name: string;
  /** Address of the technique or tactic on the MITRE website. */
  readonly url: string;
}

interface DetectionParticipant {
  /**
   * The participant itself; tell the kinds apart with `instanceof Device` / `Application` /
   * `IPAddress`.
   */
  readonly object: Device | Application | IPAddress;
  readonly id: number;
  readonly role: DetectionParticipantRole;
  /**
   * @deprecated since 7.8: test `object` with `instanceof` (Device, Application, IPAddress)
   * instead.
   */
  readonly object_type: string;
}

interface Detection {
  /** On a console, the id of the sensor the detection happened on; `0` on a sensor. */
  readonly applianceId: number;
  /**
   * Assignee of the detection's ticket. The reference types it as a string and is silent about
   * the unset case; the REST API returns null there, so null is part of the type.
   */
  readonly assignee: string | null;
  readonly categories: readonly DetectionCategory[];
  /** Description, in Markdown. `properties` is usually easier to read data from. */
  readonly description: string;
  /** When the detection ended, in milliseconds since the epoch. */
  readonly endTime: number;
  readonly id: number;
  /** True for detections created by a trigger through `commitDetection()`. */
  readonly isCustom: boolean;
  /** True when this DETECTION_UPDATE is the detection's creation, false for a later update. */
  readonly isEventCreate: boolean;
  /** MITRE techniques and tactics together, in one list. */
  readonly mitreCategories: readonly DetectionMitreCategory[];
  readonly participants: readonly DetectionParticipant[];
  /**
   * Type-specific fields of built-in detection types, e.g. `client_port` for `anonymous_ftp`.
   * Custom detections have none. Field names are listed by the REST API's `GET /detections/formats`.
   */
  readonly properties: { readonly [name: string]: unknown };
  /**
   * Resolution of the detection's ticket. The reference types it as a string and is silent about
   * the unset case; the REST API returns null there, so null is part of the type.
   */
  readonly resolution: DetectionResolution | null;
  /** Risk score, or null when the detection has none. */
  readonly riskScore: number | null;
  /** When the detection started, in milliseconds since the epoch. */
  readonly startTime: number;
  /** Ticket status, or null when none was set (shown as "Open"). */
  readonly status: DetectionStatus | null;
  /**
   * Id of the detection's ticket. The reference types it as a string and is silent about the
   * unset case; the REST API returns null there, so null is part of the type.
   */
  readonly ticketId: string | null;
  readonly title: string;
  /**
   * Detection type; custom detections carry a `custom.` prefix, e.g. `custom.brute_force_attack`.
   */
  readonly type: string;
  /** When the detection was last updated, in milliseconds since the epoch. */
  readonly updateTime: number;
}

/** The detection of the running DETECTION_UPDATE event. */
declare const Detection: Detection;
