/**
 * Open Data Stream facts shared by the compiler and the simulated engine: which Remote class
 * sends to which kind of target, and the name a target gets when the trigger gives none.
 */
import type { TargetType } from "../project/config.ts";

/** Remote.<Class> → the target type it sends to. */
export const ODS_CLASSES: Readonly<Record<string, TargetType>> = {
  HTTP: "http",
  Kafka: "kafka",
  MongoDB: "mongodb",
  Syslog: "syslog",
  Raw: "raw",
};

/** The name a target gets when the trigger gives none: `Remote.HTTP.post(...)`. */
export const DEFAULT_TARGET = "default";
