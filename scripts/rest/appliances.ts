/**
 * Named appliances from ehtrig.config.json (`appliances`), or one given on the command line, turned
 * into client options: host, credentials read from their env var or file (never from argv), the
 * private CA and per-trigger device assignments for deploy.
 */
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { diagnostic, EhtrigError, type Diagnostic } from "../../build/diagnostics.ts";
import type { Project } from "../../build/project/config.ts";
import type { AuthSpec } from "./auth.ts";
import type { ClientOptions } from "./client.ts";
import { readSecret } from "./secrets.ts";

/** One entry of `appliances` (shape enforced by build/project/config.schema.json). */
export interface ApplianceConfig {
  host: string;
  description?: string;
  auth?: "apikey" | "oauth2";
  apiKeyEnv?: string;
  apiKeyFile?: string;
  clientId?: string;
  clientIdEnv?: string;
  clientSecretEnv?: string;
  clientSecretFile?: string;
  ca?: string;
  timeoutMs?: number;
  assignments?: Record<string, Assignment>;
}

/** Devices and device groups (ids on that appliance) a trigger should be assigned to. */
export interface Assignment {
  devices?: number[];
  deviceGroups?: number[];
}

export interface Appliance {
  name: string;
  /** Problems worth showing that do not stop the command (a key file others can read). */
  warnings: Diagnostic[];
  client: Omit<ClientOptions, "concurrency">;
  assignments: Record<string, Assignment>;
}

/** Command-line settings; a name picks from the config, a host builds an ad-hoc appliance. */
export interface ApplianceChoice {
  to?: string;
  host?: string;
  ca?: string;
  apiKeyEnv?: string;
  apiKeyFile?: string;
}

/** The variable an ad-hoc --host reads its API key from when nothing else is named. */
export const DEFAULT_API_KEY_ENV = "EHTRIG_API_KEY";

export function resolveAppliance(
  choice: ApplianceChoice,
  project: Project | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Appliance {
  if (choice.to && choice.host) {
    throw new EhtrigError([diagnostic("EH602", "give either --to NAME or --host HOST, not both")], 2);
  }
  if (choice.to && (choice.apiKeyEnv || choice.apiKeyFile)) {
    throw new EhtrigError(
      [diagnostic("EH602", "--api-key-env and --api-key-file go with --host; a named appliance has its own")],
      2,
    );
  }
  if (choice.host) {
    const config: ApplianceConfig = {
      host: choice.host,
      auth: "apikey",
      ca: choice.ca,
      apiKeyFile: choice.apiKeyFile,
      apiKeyEnv: choice.apiKeyFile ? undefined : (choice.apiKeyEnv ?? DEFAULT_API_KEY_ENV),
    };
    return build(choice.host, config, env, cwd);
  }
  const appliances = (project?.config.appliances ?? {}) as unknown as Record<string, ApplianceConfig>;
  const names = Object.keys(appliances);
  const name = choice.to ?? (names.length === 1 ? names[0] : undefined);
  if (!name) {
    const known = names.length ? `; configured: ${names.join(", ")}` : "";
    throw new EhtrigError([diagnostic("EH700", `name an appliance with --to NAME or --host HOST${known}`)]);
  }
  const config = appliances[name];
  if (!config) {
    const known = names.length ? names.join(", ") : "none";
    throw new EhtrigError([
      diagnostic("EH700", `no appliance "${name}" in ehtrig.config.json (configured: ${known})`),
    ]);
  }
  const withCa = choice.ca ? { ...config, ca: resolve(cwd, choice.ca) } : config;
  return build(name, withCa, env, project?.root ?? cwd);
}

/**
 * The appliances `--to NAME…` means: each name is an appliance or a group of them (config
 * `applianceGroups`), in the order given, without repeats. Unknown names are refused, all at once.
 */
export function applianceNames(requested: string[], project: Project | undefined): string[] {
  const appliances = Object.keys(project?.config.appliances ?? {});
  const groups = project?.config.applianceGroups ?? {};
  const names: string[] = [];
  const unknown: string[] = [];
  for (const name of requested) {
    for (const m of groups[name] ?? [name]) {
      if (!appliances.includes(m)) unknown.push(groups[name] ? `"${m}" (in group ${name})` : `"${m}"`);
      else if (!names.includes(m)) names.push(m);
    }
  }
  if (unknown.length) {
    const known = [...appliances, ...Object.keys(groups).map((g) => `${g} (group)`)].join(", ") || "none";
    throw new EhtrigError([
      diagnostic("EH700", `no appliance ${unknown.join(", ")} in ehtrig.config.json (configured: ${known})`),
    ]);
  }
  return names;
}

function build(name: string, config: ApplianceConfig, env: NodeJS.ProcessEnv, root: string): Appliance {
  const what = `appliance ${name}`;
  const warnings: Diagnostic[] = [];
  let auth: AuthSpec;
  if ((config.auth ?? "apikey") === "apikey") {
    requireOne(what, "apiKeyEnv or apiKeyFile", config.apiKeyEnv, config.apiKeyFile);
    const file = config.apiKeyFile ? resolve(root, config.apiKeyFile) : undefined;
    const apiKey = readSecret({ env: config.apiKeyEnv, file }, env, `API key of ${what}`, warnings);
    auth = { kind: "apikey", apiKey };
  } else {
    requireOne(what, "clientId or clientIdEnv", config.clientId, config.clientIdEnv);
    requireOne(what, "clientSecretEnv or clientSecretFile", config.clientSecretEnv, config.clientSecretFile);
    const clientId = config.clientId ?? readSecret({ env: config.clientIdEnv }, env, `client id of ${what}`);
    const file = config.clientSecretFile ? resolve(root, config.clientSecretFile) : undefined;
    const clientSecret = readSecret(
      { env: config.clientSecretEnv, file },
      env,
      `client secret of ${what}`,
      warnings,
    );
    auth = { kind: "oauth2", clientId, clientSecret };
  }
  // A string, not a Buffer: the agent folds `ca` into its connection-pool key on every request.
  let ca: string | undefined;
  if (config.ca) {
    const file = resolve(root, config.ca);
    try {
      ca = readFileSync(file, "utf8");
    } catch (err) {
      throw new EhtrigError([
        diagnostic("EH704", `${what}: cannot read CA file ${file} (${(err as NodeJS.ErrnoException).code})`),
      ]);
    }
    checkCaFile(what, file, ca);
  }
  return {
    name,
    warnings,
    client: { host: config.host, auth, ca, timeoutMs: config.timeoutMs },
    assignments: config.assignments ?? {},
  };
}

function requireOne(what: string, fields: string, a: string | undefined, b: string | undefined): void {
  if ((a === undefined) === (b === undefined)) {
    const how = a === undefined ? "needs" : "takes only one of";
    throw new EhtrigError([diagnostic("EH701", `${what} ${how} ${fields}`)]);
  }
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * Node skips a PEM block it cannot parse without a word, and an expired CA fails every handshake;
 * both would surface later as a puzzling "certificate not trusted". Checked here, they name the file.
 */
function checkCaFile(what: string, file: string, pem: string, now = new Date()): void {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (!blocks.length)
    throw new EhtrigError([diagnostic("EH704", `${what}: ${file} holds no PEM certificate`)]);
  const certs = blocks.map((block, i) => {
    try {
      return new X509Certificate(block);
    } catch (err) {
      throw new EhtrigError([
        diagnostic(
          "EH704",
          `${what}: certificate ${i + 1} in ${file} is damaged (${(err as Error).message})`,
        ),
      ]);
    }
  });
  // One current certificate is enough: a bundle may still carry a retired CA beside its successor.
  const current = certs.filter((c) => new Date(c.validFrom) <= now && now <= new Date(c.validTo));
  if (!current.length) {
    const c = certs[0];
    const when =
      new Date(c.validTo) < now
        ? `expired on ${new Date(c.validTo).toISOString().slice(0, 10)}`
        : `is not valid before ${new Date(c.validFrom).toISOString().slice(0, 10)}`;
    throw new EhtrigError([
      diagnostic(
        "EH704",
        `${what}: the CA certificate in ${file} ${when} (${c.subject.replace(/\n/g, ", ")})`,
        {
          hint: "Get the appliance's current CA certificate and point --ca (or `ca`) at it.",
        },
      ),
    ]);
  }
}
