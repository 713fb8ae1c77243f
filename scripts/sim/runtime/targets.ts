/**
 * The appliance's Open Data Stream targets, shaped like its REST settings (extrahop-api.md §7.1,
 * `POST /odstargets/http`): name, type, host, port, protocol, additional_header, authentication.
 * HTTP targets are really sent to; the other types are accepted so that triggers using them run,
 * and their calls are recorded only. Checked here once, whether they come from PUT
 * /ehtrig/odstargets, `ehtrig sim --targets FILE` or a state file.
 */
import { readFileSync } from "node:fs";
import { diagnostic, EhtrigError, type Diagnostic } from "../../../build/diagnostics.ts";
import { pointerToPath, validate } from "../../../build/schema.ts";
import type { TargetConfig } from "../../../build/project/config.ts";
import schema from "../schemas/ods-targets.schema.json" with { type: "json" };
import type { SimOdsTarget } from "../state.ts";

export type { SimOdsTarget };

/** Authentication types the simulator applies; the appliance's others (aws, azure_ad, …) are not modelled. */
const AUTH_TYPES = ["none", "basic"];

/** "Name: value" as the UI's Additional HTTP Header field holds it. */
export function parseAdditionalHeader(text: string): [string, string] | undefined {
  const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(text);
  return m ? [m[1], m[2]] : undefined;
}

/** Every problem of a target list, as messages naming the field (empty when it is valid). */
function targetProblems(data: unknown, source: string): Diagnostic[] {
  // The if/then summary adds nothing to the field problems it comes with.
  const problems = validate(schema, data)
    .filter((p) => !/must match "(then|else)" schema/.test(p.message))
    .map((p) => diagnostic("EH801", `${source}: ${pointerToPath(p.pointer) || "(top level)"}: ${p.message}`));
  if (!Array.isArray(data)) return problems;
  const seen = new Set<string>();
  (data as SimOdsTarget[]).forEach((t, i) => {
    if (!t || typeof t !== "object" || typeof t.name !== "string") return; // the schema said so
    if (seen.has(t.name))
      problems.push(diagnostic("EH802", `${source}: [${i}].name: a second target named "${t.name}"`));
    seen.add(t.name);
    if (typeof t.additional_header === "string" && !parseAdditionalHeader(t.additional_header))
      problems.push(
        diagnostic(
          "EH801",
          `${source}: [${i}].additional_header: "${t.additional_header}" is not "Name: value"`,
        ),
      );
    const auth = t.authentication?.auth_type;
    if (typeof auth === "string" && !AUTH_TYPES.includes(auth))
      problems.push(
        diagnostic(
          "EH801",
          `${source}: [${i}].authentication.auth_type: "${auth}" is not simulated (use ${AUTH_TYPES.join(" or ")})`,
        ),
      );
    if (
      auth === "basic" &&
      (t.authentication?.username === undefined || t.authentication.password === undefined)
    )
      problems.push(
        diagnostic("EH801", `${source}: [${i}].authentication: basic needs username and password`),
      );
  });
  return problems;
}

/** A valid target list, or EhtrigError listing every problem. */
export function checkTargets(data: unknown, source: string): SimOdsTarget[] {
  const problems = targetProblems(data, source);
  if (problems.length) throw new EhtrigError(problems);
  return structuredClone(data as SimOdsTarget[]);
}

/** Reads `ehtrig sim --targets FILE`: a JSON array of targets (or { "targets": [...] }). */
export function loadTargetsFile(file: string): SimOdsTarget[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new EhtrigError([
      diagnostic(
        "EH800",
        `cannot read ODS targets file ${file} (${(err as NodeJS.ErrnoException).code ?? "error"})`,
      ),
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new EhtrigError([diagnostic("EH800", `${file} is not JSON: ${(err as Error).message}`)]);
  }
  if (data && typeof data === "object" && !Array.isArray(data) && "targets" in data)
    data = (data as { targets: unknown }).targets;
  return checkTargets(data, file);
}

/** The targets as the harness's sensor declares them (name → type). */
export function declaredTargets(targets: readonly SimOdsTarget[]): Record<string, TargetConfig> {
  return Object.fromEntries(targets.map((t) => [t.name, { type: t.type }]));
}
