/** md5/sha1/sha256/sha512 over the UTF-8 form of a string or a Buffer's bytes, and uuid(). */
import { createHash, randomUUID } from "node:crypto";
import { EhBuffer } from "./buffer.ts";
import { typeError } from "./errors.ts";
import type { EngineEnv } from "./env.ts";
import type { FidelityEntry } from "./fidelity-entry.ts";

export const HASH_FUNCTIONS = ["md5", "sha1", "sha256", "sha512"] as const;

export function createCryptoGlobals(env: EngineEnv, uuid: () => string = randomUUID) {
  const hash = (name: (typeof HASH_FUNCTIONS)[number]) => (message: unknown) => {
    const m = env.unwrap(message);
    if (m instanceof EhBuffer) return createHash(name).update(EhBuffer.bytesOf(m)).digest("hex");
    if (typeof m !== "string") throw typeError(`${name}: message must be a string or a Buffer`);
    return createHash(name).update(m, "utf8").digest("hex");
  };
  return {
    md5: hash("md5"),
    sha1: hash("sha1"),
    sha256: hash("sha256"),
    sha512: hash("sha512"),
    uuid: () => uuid(),
  };
}

export const FIDELITY: FidelityEntry[] = [
  ...HASH_FUNCTIONS.map((name) => ({
    name,
    status: "simulated" as const,
    differences: ["Returns the lowercase hex digest (the reference says only 'the digest string')."],
  })),
  {
    name: "uuid",
    status: "simulated",
    differences: ["Random v4 UUIDs; a test can pass `uuid` to loadTrigger for fixed ones."],
  },
];
