// Password hashing with argon2id at OWASP's recommended parameters (19 MiB, 2 passes, 1 lane).
// Hashes made before (scrypt, or argon2 with weaker parameters) still verify, and are replaced on
// the user's next successful login (see needsRehash).
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { type Algorithm, hash, verify } from "@node-rs/argon2";

/** Algorithm.Argon2id: a const enum, which isolated modules cannot read as a value. */
const ARGON2ID = 2 as Algorithm;
const ARGON2 = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const CURRENT_PARAMS = `m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}`;

const scrypt = promisify(scryptCb) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith("$argon2")) {
    try {
      return await verify(stored, password);
    } catch {
      return false; // a malformed stored hash matches nothing
    }
  }
  return verifyLegacyScrypt(password, stored);
}

/** True when the stored hash is not argon2id at the current parameters. */
export function needsRehash(stored: string): boolean {
  return !(stored.startsWith("$argon2id$") && stored.split("$")[3] === CURRENT_PARAMS);
}

/**
 * A hash of a random password, computed once: logins for unknown usernames verify against it so
 * they take as long as logins for real ones (no username probing by timing).
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString("base64"));
  return dummy;
}

async function verifyLegacyScrypt(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hashed] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hashed) return false;
  const expected = Buffer.from(hashed, "base64");
  const N = Number(n);
  const actual = await scrypt(password, Buffer.from(salt, "base64"), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r) + 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
