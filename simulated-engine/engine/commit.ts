/**
 * commitDetection() and commitRecord(): argument rules from the 26.2 reference
 * (extrahop-api.md §1.3, §2.3). A broken call is incorrect API use, which stops the trigger.
 */
import { apiError, typeError } from "./errors.ts";
import { describe, isObjectLike, jsonCopy } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";

export const DETECTION_TYPE_PATTERN = /^[A-Za-z0-9_]+$/;
export const RISK_SCORE_RANGE = { min: 1, max: 99 } as const;
export const IDENTITY_TTLS = ["hour", "day", "week"] as const;
export const DETECTION_OPTION_FIELDS = [
  "title",
  "description",
  "riskScore",
  "participants",
  "identityKey",
  "identityTtl",
  "categories",
] as const;
/** "the sensor will not generate more than 250 individual detections for a trigger in a day" */
export const DETECTIONS_PER_DAY = 250;
const DAY_MS = 86_400_000;

export const RECORD_RESERVED_NAMES = [
  "ex",
  "flowID",
  "client",
  "clientAddr",
  "clientPort",
  "receiver",
  "receiverAddr",
  "receiverPort",
  "sender",
  "senderAddr",
  "senderPort",
  "server",
  "serverAddr",
  "serverPort",
  "timestamp",
  "vlan",
] as const;
export const RECORD_NAME_FORBIDDEN = /[.:[\]]/;

export function checkDetection(type: unknown, options: unknown): Record<string, unknown> {
  if (typeof type !== "string" || !DETECTION_TYPE_PATTERN.test(type))
    throw typeError(
      `commitDetection: type must contain only letters, digits and underscores, got ${JSON.stringify(type)}`,
    );
  if (!isObjectLike(options) || Array.isArray(options))
    throw typeError(`commitDetection: options must be an object, got ${describe(options)}`);
  for (const key of Object.keys(options))
    if (!(DETECTION_OPTION_FIELDS as readonly string[]).includes(key))
      throw typeError(`commitDetection: unknown option "${key}"`);
  if (typeof options.title !== "string" || !options.title)
    throw typeError("commitDetection: options.title must be a non-empty string");
  if (typeof options.description !== "string")
    throw typeError("commitDetection: options.description must be a string");
  const risk = options.riskScore;
  if (risk !== undefined && risk !== null) {
    if (
      typeof risk !== "number" ||
      !Number.isInteger(risk) ||
      risk < RISK_SCORE_RANGE.min ||
      risk > RISK_SCORE_RANGE.max
    )
      throw typeError(
        `commitDetection: options.riskScore must be an integer from 1 to 99 or null, got ${JSON.stringify(risk)}`,
      );
  }
  const ttl = options.identityTtl;
  if (ttl !== undefined && !(IDENTITY_TTLS as readonly unknown[]).includes(ttl))
    throw typeError(
      `commitDetection: options.identityTtl must be one of ${IDENTITY_TTLS.join(", ")}, got ${JSON.stringify(ttl)}`,
    );
  const key = options.identityKey;
  if (key !== undefined && key !== null && typeof key !== "string")
    throw typeError("commitDetection: options.identityKey must be a string or null");
  if (options.participants !== undefined && !Array.isArray(options.participants))
    throw typeError("commitDetection: options.participants must be an array");
  return jsonCopy(options, "commitDetection options");
}

export function checkRecord(id: unknown, record: unknown): Record<string, unknown> {
  if (typeof id !== "string" || !id) throw typeError("commitRecord: id must be a non-empty string");
  if (id.startsWith("~")) throw typeError(`commitRecord: id cannot begin with "~" (got "${id}")`);
  if (!isObjectLike(record) || Array.isArray(record))
    throw typeError("commitRecord: record must be an object");
  for (const name of Object.keys(record)) {
    if ((RECORD_RESERVED_NAMES as readonly string[]).includes(name))
      throw typeError(`commitRecord: "${name}" is a reserved property name`);
    if (RECORD_NAME_FORBIDDEN.test(name))
      throw typeError(`commitRecord: property name "${name}" cannot contain . : [ or ]`);
  }
  return jsonCopy(record, "commitRecord record");
}

export function createCommitGlobals(env: EngineEnv) {
  const perDay = new Map<number, number>();
  return {
    commitDetection(type: unknown, options: unknown): void {
      const opts = checkDetection(type, options);
      const day = Math.floor(env.current.timestamp / DAY_MS);
      const count = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, count);
      env.current.run.detections.push({
        type: type as string,
        detectionType: `custom.${type as string}`,
        options: opts,
        dropped: count > DETECTIONS_PER_DAY,
      });
    },
    commitRecord(id: unknown, record: unknown): void {
      if (arguments.length < 2) throw apiError("commitRecord: expects (id, record)");
      env.current.run.records.push({ id: id as string, record: checkRecord(id, record) });
    },
    /** Forget the daily counts (new test). */
    resetDailyCounts: () => perDay.clear(),
  };
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "commitDetection",
    status: "recorded",
    differences: [
      "Requires options.title and options.description (the reference lists them without saying whether they are optional).",
      "Participants are recorded as given; whether they are valid Flow endpoint objects is not checked.",
      "Identity consolidation (identityKey + identityTtl) is not simulated; each call is recorded.",
    ],
  },
  {
    name: "commitRecord",
    status: "recorded",
    differences: [
      "Records are recorded, not indexed; the record-format check of the recordstore is not simulated.",
    ],
  },
];
