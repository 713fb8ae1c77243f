/**
 * Open Data Stream targets: which ones exist (declared once, in ehtrig.config.json `targets`)
 * and how a test has scripted them to behave (accept, refuse, answer with a response).
 */
import type { TargetConfig, TargetType } from "../../build/project/config.ts";
import { apiError } from "./errors.ts";
import type { OdsCall } from "./records.ts";

export { DEFAULT_TARGET } from "../../build/engine/targets.ts";

export interface ResponseSpec {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string;
}

export type ResponseScript = ResponseSpec | ((call: OdsCall) => ResponseSpec);

export class TargetScript {
  #refuse = 0;
  #respond: ResponseScript | undefined;
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  /** The next `times` calls (default: all) return false, as when the sensor cannot queue them. */
  refuse(times = Infinity): this {
    this.#refuse = times;
    return this;
  }
  accept(): this {
    this.#refuse = 0;
    return this;
  }
  /** Requests that set enableResponseEvent get this answer as a REMOTE_RESPONSE. */
  respond(script: ResponseScript): this {
    this.#respond = script;
    return this;
  }
  /** Consumes one refusal; true when the call is accepted. */
  takeAcceptance(): boolean {
    if (this.#refuse <= 0) return true;
    this.#refuse--;
    return false;
  }
  responseFor(call: OdsCall): ResponseSpec | undefined {
    const r = this.#respond;
    return typeof r === "function" ? r(call) : r;
  }
}

export class TargetRegistry {
  readonly #declared: Record<string, TargetConfig>;
  readonly #scripts = new Map<string, TargetScript>();
  constructor(declared: Record<string, TargetConfig>) {
    this.#declared = declared;
  }
  get declared(): Readonly<Record<string, TargetConfig>> {
    return this.#declared;
  }
  /** The scripted behaviour of a target (created on first use). */
  script(name: string): TargetScript {
    let s = this.#scripts.get(name);
    if (!s) this.#scripts.set(name, (s = new TargetScript(name)));
    return s;
  }
  reset(): void {
    this.#scripts.clear();
  }
  /** Whether a target of this name is configured with this type. */
  isConfigured(kind: TargetType, name: string): boolean {
    return this.#declared[name]?.type === kind;
  }
  /** Throws the engine error for a target that is not configured with this type. */
  check(className: string, kind: TargetType, name: string): void {
    const t = this.#declared[name];
    if (!t)
      throw apiError(
        `${className}: no Open Data Stream target named "${name}" (declared: ${Object.keys(this.#declared).join(", ") || "none"}; see ehtrig.config.json "targets")`,
      );
    if (t.type !== kind) throw apiError(`${className}: target "${name}" is a ${t.type} target, not ${kind}`);
  }
}
