import { createHash, randomBytes } from "node:crypto";

/** A random, URL-safe secret. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens are stored only as their sha256, so a database leak does not leak logins. */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
