// Compile-only checks of types/trigger-config.d.ts, the way trigger sources use it.

export const trigger = {
  name: "Ticket detections",
  events: ["DETECTION_UPDATE", "REMOTE_RESPONSE"],
  description: "Opens a ticket for each new detection",
  debug: true,
  disabled: false,
  hints: {},
} satisfies TriggerConfig;

export const payloadTrigger = {
  name: "PoS parser",
  events: ["TCP_PAYLOAD"],
  hints: { flowServerPortMin: 4015, flowServerPortMax: 4015, flowServerBytes: 2048, flowClientBytes: 0 },
} satisfies TriggerConfig;

export const metricTrigger = {
  name: "Metric cycle",
  events: ["METRIC_CYCLE_BEGIN", "METRIC_RECORD_COMMIT", "METRIC_CYCLE_END"],
  hints: { cycle: "30sec", metricTypes: "extrahop.device.http_server,extrahop.device.tcp" },
} satisfies TriggerConfig;

export const noEvents = {
  name: "x",
  // @ts-expect-error -- at least one event
  events: [],
} satisfies TriggerConfig;

export const badEvent = {
  name: "x",
  // @ts-expect-error -- not an event (a typo)
  events: ["HTTP_REQEST"],
} satisfies TriggerConfig;

// @ts-expect-error -- name is required
export const noName = { events: ["HTTP_REQUEST"] } satisfies TriggerConfig;

export const unknownField = {
  name: "x",
  events: ["HTTP_REQUEST"],
  // @ts-expect-error -- not a trigger field (REST's apply_all is set at deployment)
  apply_all: true,
} satisfies TriggerConfig;

export const badHint = {
  name: "x",
  events: ["HTTP_REQUEST"],
  // @ts-expect-error -- misspelled hint (payloadBytes)
  hints: { payloadByte: 4096 },
} satisfies TriggerConfig;

export const oldCycle = {
  name: "x",
  events: ["METRIC_CYCLE_END"],
  // @ts-expect-error -- 5min cycles are deprecated since 9.6
  hints: { cycle: "5min" },
} satisfies TriggerConfig;

export const debugText = {
  name: "x",
  events: ["HTTP_REQUEST"],
  // @ts-expect-error -- debug is a boolean
  debug: "yes",
} satisfies TriggerConfig;
