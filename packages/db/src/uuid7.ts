// Time-ordered UUIDs (version 7), as Prisma's `@default(uuid(7))` makes them: for rows written
// with raw SQL (Prisma's default is applied by the client, not the database), and for the scale
// benchmark's generator, whose ids must sort with their creation time as a real archive's do.
import { randomBytes } from "node:crypto";

export function uuid7(at: number = Date.now()): string {
  const bytes = randomBytes(16);
  let ms = BigInt(at);
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = Number(ms & 0xffn);
    ms >>= 8n;
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
