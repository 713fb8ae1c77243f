/** Remote.Syslog (extrahop-api.md §3.5): one method per severity, messages cut to the target size. */
import { typeError } from "./errors.ts";
import { cutUtf8, describe } from "./data.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";
import { targetFactory } from "./remote-http.ts";

export const SYSLOG_SEVERITIES = [
  "emerg",
  "alert",
  "crit",
  "error",
  "warn",
  "notice",
  "info",
  "debug",
] as const;
/** Default message_length_max, header included. */
export const SYSLOG_MESSAGE_MAX_BYTES = 1024;
/** The header takes up to 30 bytes of it. */
export const SYSLOG_HEADER_BYTES = 30;

export class SyslogTarget {
  readonly #env: EngineEnv;
  readonly #name: string;
  constructor(env: EngineEnv, name: string) {
    this.#env = env;
    this.#name = name;
    for (const severity of SYSLOG_SEVERITIES) {
      Object.defineProperty(this, severity, {
        enumerable: true,
        value: (message: unknown) => this.#send(severity, message),
      });
    }
  }
  #send(severity: string, message: unknown): boolean {
    const env = this.#env;
    env.sensor.targets.check("Remote.Syslog", "syslog", this.#name);
    if (typeof message !== "string")
      throw typeError(
        `Remote.Syslog("${this.#name}").${severity}: message must be a string, got ${describe(message)}`,
      );
    const { text, cut } = cutUtf8(message, SYSLOG_MESSAGE_MAX_BYTES - SYSLOG_HEADER_BYTES);
    const accepted = env.sensor.targets.script(this.#name).takeAcceptance();
    env.current.run.ods.push({
      target: this.#name,
      kind: "syslog",
      method: severity,
      accepted,
      message: text,
      truncated: cut,
    });
    return accepted;
  }
}

export function createSyslog(env: EngineEnv) {
  return targetFactory(
    (name) => new SyslogTarget(env, name),
    SYSLOG_SEVERITIES as unknown as (keyof SyslogTarget & string)[],
    "Remote.Syslog",
  );
}

export const FIDELITY: FidelityEntry[] = [
  {
    name: "Remote.Syslog",
    status: "recorded",
    differences: [
      "Messages are cut at 994 bytes (1024 minus a 30-byte header); a target's own message_length_max is not read.",
    ],
  },
];
