/** The `AlertRecord` class: an alert about to be published, on ALERT_RECORD_COMMIT. */

/** Alert severity names, from most to least severe. */
type AlertSeverityName = "emerg" | "alert" | "crit" | "err" | "warn" | "notice" | "info" | "debug";

interface AlertRecord {
  /** Description of the alert as the system shows it. */
  readonly description: string;
  /**
   * Alert record id: `extrahop.<object>.alert` or `extrahop.<object>.alert_detail`, e.g.
   * `extrahop.device.alert`.
   */
  readonly id: string;
  /** Name of the alert. */
  readonly name: string;
  /** What the alert is about. */
  readonly object: Device | Application | Network | FlowInterface | FlowNetwork;
  /** Time the alert record will be published with. */
  readonly time: number;
  /** Severity by name. */
  readonly severityName: AlertSeverityName;
  /** Severity from 0 (emergency) to 7 (debug). */
  readonly severityLevel: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

declare const AlertRecord: AlertRecord;
