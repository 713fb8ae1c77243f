/** Content hashes: one function so cache keys, banners and the manifest agree. */
import { createHash } from "node:crypto";

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}
