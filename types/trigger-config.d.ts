/**
 * The metadata a trigger source declares next to its code:
 *
 *     export const trigger = { name: "…", events: ["HTTP_RESPONSE"] } satisfies TriggerConfig;
 *
 * `ehtrig build` reads this object without running it, so every value must be a literal. It
 * becomes the REST trigger object's name, events, description, debug, disabled and hints.
 */
interface TriggerConfig {
  /** The trigger's name on the appliance; deployment matches existing triggers by it. */
  name: string;
  /** The events the trigger runs on; at least one. */
  events: readonly [EventName, ...EventName[]];
  description?: string;
  /** Keep `debug()` output (the "Enable debug log" setting). */
  debug?: boolean;
  /** Deploy the trigger switched off. */
  disabled?: boolean;
  /** Advanced trigger options. */
  hints?: TriggerHints;
}

/**
 * Advanced trigger options, passed to the REST API's `hints` object unchanged.
 *
 * UNCONFIRMED key names: the REST reference for this object was not available. These camelCase
 * keys come from ExtraHop's older Java REST client and map to the options of the Trigger API
 * reference as noted. The type is closed (no index signature) so that a misspelled key is a type
 * error. Options that have no known key yet (buffer search strings, clipboard bytes, external
 * types, running FLOW_CLASSIFY on expiring flows) are therefore left out: add a key here once its
 * name is confirmed.
 */
interface TriggerHints {
  /** Whether the trigger captures packets (see `Flow.captureStart()`). */
  packetCapture?: boolean;
  /**
   * "Metric types": raw metric names such as `extrahop.device.http_server`, comma-separated.
   * For ALERT_RECORD_COMMIT and METRIC_RECORD_COMMIT.
   */
  metricTypes?: string;
  /** "Metric cycle": only `30sec` is still valid (5min, 1hr and 24hr are deprecated since 9.6). */
  cycle?: "30sec";
  /**
   * "L7 Payload Bytes to Buffer" for CIFS/HTTP requests and responses, ICA_TICK and LDAP_RESPONSE.
   */
  payloadBytes?: number;
  /** "Bytes Per Packet to Capture"; 0 captures whole packets. */
  snaplen?: number;
  /** "Run trigger on all UDP packets" (UDP_PAYLOAD). */
  flowUdpAll?: boolean;
  /** "Run trigger on each flow turn" (SSL_PAYLOAD, TCP_PAYLOAD). */
  flowPayloadTurn?: boolean;
  /** Lowest server port of the "Server Port Range", 1–65535. */
  flowServerPortMin?: number;
  /** Highest server port of the "Server Port Range", 1–65535. */
  flowServerPortMax?: number;
  /** Lowest client port of the "Client Port Range", 1–65535. */
  flowClientPortMin?: number;
  /** Highest client port of the "Client Port Range", 1–65535. */
  flowClientPortMax?: number;
  /** "Server Bytes to Buffer" (SSL_PAYLOAD, TCP_PAYLOAD); not 0 together with flowClientBytes. */
  flowServerBytes?: number;
  /** "Client Bytes to Buffer" (SSL_PAYLOAD, TCP_PAYLOAD); not 0 together with flowServerBytes. */
  flowClientBytes?: number;
}
